package org.w3id.kechuang.store;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.w3id.kechuang.rdf.KC;

/** Checks the article graphs and the reference graph (not the ontology) against SHACL shapes and prints a readable report. */
public final class GraphValidator {
    private final Shapes shapes;

    public GraphValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    public ValidationReport validate(KgStore store) {
        // The article graphs and the reference graph: everything but the ontology.
        List<Node> articles = Stream.concat(store.articleGraphs().stream(), Stream.of(KC.REFERENCE_GRAPH))
                .map(NodeFactory::createURI).toList();
        return Txn.calculateRead(store.dataset(), () -> {
            Graph data = new GraphUnionRead(store.dataset(), articles);
            return ShaclValidator.get().validate(shapes, data);
        });
    }

    /** One line per violation, grouped by shape, then a count per shape. */
    public static void print(ValidationReport report, PrintWriter out) {
        if (report.conforms()) {
            out.println("The graph conforms to the shapes.");
            out.flush();
            return;
        }
        Map<String, Integer> perShape = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            String shape = label(e.source());
            perShape.merge(shape, 1, Integer::sum);
            out.printf("%s  %s  %s%s: %s%n", e.severity().level().getLocalName(), shape, label(e.focusNode()),
                    e.resultPath() == null ? "" : " " + e.resultPath(), e.message());
        }
        out.println();
        out.println("Violations per shape:");
        perShape.forEach((shape, n) -> out.printf("  %-50s %d%n", shape, n));
        out.flush();
    }

    private static String label(Node n) {
        if (n == null) {
            return "?";
        }
        if (n.isURI()) {
            String p = KC.prefixes().qnameFor(n.getURI());
            return p != null ? p : "<" + n.getURI() + ">";
        }
        return n.toString();
    }
}
