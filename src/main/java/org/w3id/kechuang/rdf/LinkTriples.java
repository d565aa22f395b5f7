package org.w3id.kechuang.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kechuang.resolve.Link;

/** Writes a {@link Link} as the schema says: owl:sameAs, an English rdfs:label, geo:lat/geo:long. */
public final class LinkTriples {
    private LinkTriples() {}

    public static void addTo(Graph graph, Node entity, Link link) {
        for (String iri : link.sameAs()) {
            graph.add(entity, OWL.sameAs.asNode(), NodeFactory.createURI(iri));
        }
        if (link.englishLabel() != null) {
            graph.add(entity, RDFS.label.asNode(), NodeFactory.createLiteralLang(link.englishLabel(), "en"));
        }
        if (link.latitude() != null && link.longitude() != null) {
            graph.add(entity, KC.geoLat.asNode(),
                    NodeFactory.createLiteralDT(link.latitude().toPlainString(), XSDDatatype.XSDdecimal));
            graph.add(entity, KC.geoLong.asNode(),
                    NodeFactory.createLiteralDT(link.longitude().toPlainString(), XSDDatatype.XSDdecimal));
        }
    }
}
