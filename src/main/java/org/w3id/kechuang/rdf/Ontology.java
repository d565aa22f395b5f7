package org.w3id.kechuang.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The ontology and SHACL shapes of the repo's {@code ontology/} folder, as shipped in the jar. */
public final class Ontology {
    private Ontology() {}

    public static Graph ontology() {
        return load("kechuang/ontology/kechuang.ttl");
    }

    /** The shapes of {@code ontology/shapes.ttl} and the relations' domain and range shapes ({@link RelationShapes}). */
    public static Graph shapes() {
        Graph shapes = load("kechuang/ontology/shapes.ttl");
        GraphUtil.addInto(shapes, RelationShapes.graph());
        return shapes;
    }

    private static Graph load(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a broken build)");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
