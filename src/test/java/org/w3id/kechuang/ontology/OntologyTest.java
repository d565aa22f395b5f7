package org.w3id.kechuang.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.rdf.KC;

class OntologyTest {
    private static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = RDFDataMgr.loadModel(Fixtures.ONTOLOGY.toString());
    }

    /** Every class and property constant of the vocabulary class, in the kc: namespace. */
    private static List<Resource> kcTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field f : KC.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                if (r.getURI().startsWith(KC.NS)) {
                    terms.add(r);
                }
            }
        }
        return terms;
    }

    @Test
    void declaresTheOntologyWithVersionAndLicence() {
        Resource onto = ontology.getResource(KC.ONTOLOGY);
        assertTrue(onto.hasProperty(RDF.type, OWL2.Ontology));
        assertTrue(onto.hasProperty(OWL2.versionInfo));
        assertTrue(onto.hasProperty(OWL2.versionIRI));
        assertTrue(onto.hasProperty(ontology.createProperty(KC.DCT + "license")));
        assertTrue(onto.hasProperty(RDFS.comment));
    }

    @Test
    void everyVocabularyTermIsDefinedWithEnglishAndChineseLabelsAndAComment() throws Exception {
        List<Resource> terms = kcTerms();
        assertTrue(terms.size() >= 30, "expected every class and property of the schema, got " + terms.size());
        for (Resource t : terms) {
            Resource r = ontology.getResource(t.getURI());
            Set<String> types = r.listProperties(RDF.type).mapWith(s -> s.getResource().getLocalName()).toSet();
            assertFalse(types.isEmpty(), t + " is not declared");
            assertTrue(types.contains("Class") || types.contains("ObjectProperty") || types.contains("DatatypeProperty"),
                    t + " has types " + types);
            Set<String> langs = r.listProperties(RDFS.label).mapWith(s -> s.getLanguage()).toSet();
            assertEquals(Set.of("en", "zh"), langs, t + " labels");
            assertTrue(r.hasProperty(RDFS.comment), t + " comment");
        }
    }

    @Test
    void classesAreAlignedAsTheSchemaSays() {
        assertSuper(KC.Person, KC.FOAF + "Person", KC.SCHEMA + "Person");
        assertSuper(KC.Organization, KC.ORG + "Organization", KC.SCHEMA + "Organization");
        assertSuper(KC.GovernmentBody, KC.NS + "Organization", KC.SCHEMA + "GovernmentOrganization");
        assertSuper(KC.ResearchInstitute, KC.NS + "Organization", KC.SCHEMA + "ResearchOrganization");
        assertSuper(KC.University, KC.NS + "Organization", KC.SCHEMA + "CollegeOrUniversity");
        assertSuper(KC.InnovationCentre, KC.NS + "Organization");
        assertSuper(KC.Enterprise, KC.NS + "Organization", KC.SCHEMA + "Corporation");
        assertSuper(KC.Place, KC.SCHEMA + "Place");
        assertSuper(KC.Facility, KC.SCHEMA + "Place");
        assertSuper(KC.Programme, KC.SCHEMA + "CreativeWork", KC.PROV + "Plan");
        assertSuper(KC.Field, KC.SKOS + "Concept");
        assertSuper(KC.Event, KC.SCHEMA + "Event", KC.SEM + "Event");
        assertSuper(KC.Visit, KC.NS + "Event");
        assertSuper(KC.Meeting, KC.NS + "Event");
        assertSuper(KC.Position, KC.ORG + "Membership");
        assertSuper(KC.Article, KC.SCHEMA + "NewsArticle", KC.PROV + "Entity");
    }

    private static void assertSuper(Resource cls, String... supers) {
        Set<String> actual = ontology.getResource(cls.getURI()).listProperties(RDFS.subClassOf)
                .mapWith(s -> s.getResource().getURI()).toSet();
        assertEquals(Set.of(supers), actual, cls.getLocalName());
    }

    @Test
    void domainsAndRangesListEverySchemaAlternative() {
        assertEquals(Set.of("Organization", "Place", "Facility", "Event"), union(KC.visited, RDFS.range));
        assertEquals(Set.of("Person", "Organization"), union(KC.attended, RDFS.domain));
        assertEquals(Set.of("Organization", "Facility", "Programme"), union(KC.establishedBy, RDFS.domain));
        assertEquals(Set.of("Organization", "Place"), union(KC.establishedBy, RDFS.range));
        assertEquals(Set.of("Place", "Organization"), union(KC.locatedIn, RDFS.range));
        assertEquals(Set.of("Organization", "Programme", "Place"), union(KC.focusesOn, RDFS.domain));
        assertEquals(KC.Field.getURI(), ontology.getResource(KC.focusesOn.getURI())
                .getPropertyResourceValue(RDFS.range).getURI());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", ontology.getResource(KC.asOf.getURI())
                .getPropertyResourceValue(RDFS.range).getURI());
    }

    /** The local names of an {@code owl:unionOf} class given as the property's domain or range. */
    private static Set<String> union(Resource property, org.apache.jena.rdf.model.Property domainOrRange) {
        Resource cls = ontology.getResource(property.getURI()).getPropertyResourceValue(domainOrRange);
        RDFList members = cls.getPropertyResourceValue(OWL2.unionOf).as(RDFList.class);
        return members.iterator().mapWith(n -> n.asResource().getLocalName()).toSet();
    }

    @Test
    void visitedIsTheShortcutOfVisitorAndSite() {
        Statement chain = ontology.getResource(KC.visited.getURI()).getProperty(OWL2.propertyChainAxiom);
        List<RDFNode> steps = chain.getResource().as(RDFList.class).asJavaList();
        assertEquals(2, steps.size());
        assertEquals(KC.visitor.getURI(), steps.get(0).asResource().getPropertyResourceValue(OWL2.inverseOf).getURI());
        assertEquals(KC.site.getURI(), steps.get(1).asResource().getURI());
        Set<String> propertiesWithoutDefinition = ontology.listSubjectsWithProperty(RDF.type, OWL2.ObjectProperty)
                .filterDrop(r -> r.hasProperty(RDFS.comment)).mapWith(Resource::getURI).toSet();
        assertTrue(propertiesWithoutDefinition.isEmpty(), propertiesWithoutDefinition.stream()
                .collect(Collectors.joining(", ")));
    }
}
