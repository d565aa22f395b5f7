package org.w3id.kechuang.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.Ontology;

/** The model's classes and relations are the ontology's, and every relation has its domain and range shapes. */
class ModelSchemaTest {
    private static Model ontology;
    private static Model shapes;

    @BeforeAll
    static void parse() {
        ontology = RDFDataMgr.loadModel(Fixtures.ONTOLOGY.toString());
        shapes = ModelFactory.createModelForGraph(Ontology.shapes());
    }

    @Test
    void everyEntityTypeIsAnOntologyClass() {
        for (EntityType t : EntityType.values()) {
            assertTrue(ontology.contains(KC.cls(t.className()), RDF.type, OWL2.Class), t.className());
        }
    }

    @Test
    void everyRelationHasTheOntologysDomainAndRange() {
        for (Relation r : Relation.values()) {
            Resource p = ontology.getResource(KC.prop(r.property()).getURI());
            assertTrue(p.hasProperty(RDF.type, OWL2.ObjectProperty), r.property());
            assertEquals(Set.copyOf(r.domain()), classes(p, RDFS.domain), r.property() + " domain");
            assertEquals(Set.copyOf(r.range()), classes(p, RDFS.range), r.property() + " range");
        }
    }

    @Test
    void everyRelationBetweenEntitiesHasDomainAndRangeShapes() {
        Property subjects = shapes.createProperty("http://www.w3.org/ns/shacl#targetSubjectsOf");
        Property objects = shapes.createProperty("http://www.w3.org/ns/shacl#targetObjectsOf");
        for (Relation r : Relation.values()) {
            if (r.shape() == Relation.Shape.ROLE) {
                continue; // checked by the shape of the node it is a role of (VisitShape)
            }
            Property p = KC.prop(r.property());
            assertTrue(shapes.contains(null, subjects, p), r.property() + " has no subject shape");
            assertTrue(shapes.contains(null, objects, p), r.property() + " has no object shape");
        }
    }

    /** The local names of a domain or range: one class, or the members of its owl:unionOf. */
    private static Set<String> classes(Resource property, Property domainOrRange) {
        Resource cls = property.getPropertyResourceValue(domainOrRange);
        Resource union = cls.getPropertyResourceValue(OWL2.unionOf);
        if (union == null) {
            return Set.of(cls.getLocalName());
        }
        return union.as(RDFList.class).iterator().mapWith(n -> n.asResource().getLocalName()).toSet();
    }
}
