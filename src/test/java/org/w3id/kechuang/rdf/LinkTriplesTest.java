package org.w3id.kechuang.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.resolve.EntityLinker;

class LinkTriplesTest {

    @Test
    void linkedEntitiesStillConformToTheShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        Node place = NodeFactory.createURI(KC.RESOURCE_NS + "place/浦东新区");
        Node university = NodeFactory.createURI(KC.RESOURCE_NS + "org/上海交通大学");
        g.add(place, RDF.type.asNode(), KC.Place.asNode());
        g.add(place, RDFS.label.asNode(), NodeFactory.createLiteralLang("浦东新区", "zh"));
        g.add(university, RDF.type.asNode(), KC.University.asNode());
        g.add(university, RDFS.label.asNode(), NodeFactory.createLiteralLang("上海交通大学", "zh"));
        EntityLinker linker = EntityLinker.standard();
        LinkTriples.addTo(g, place, linker.link(Entity.of(EntityType.PLACE, "浦东新区")).orElseThrow());
        LinkTriples.addTo(g, university, linker.link(Entity.of(EntityType.UNIVERSITY, "上海交通大学")).orElseThrow());

        assertTrue(g.contains(place, OWL.sameAs.asNode(), NodeFactory.createURI(KC.WIKIDATA + "Q125378")));
        assertTrue(g.contains(university, OWL.sameAs.asNode(), NodeFactory.createURI("https://ror.org/0220qvk04")));
        assertTrue(g.contains(place, RDFS.label.asNode(), NodeFactory.createLiteralLang("Pudong New Area", "en")));
        Node lat = g.find(place, KC.geoLat.asNode(), Node.ANY).next().getObject();
        assertEquals("http://www.w3.org/2001/XMLSchema#decimal", lat.getLiteralDatatypeURI());
        assertEquals("31.0748939", lat.getLiteralLexicalForm());

        Shapes shapes = Shapes.parse(Ontology.shapes());
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }
}
