package org.w3id.kechuang.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.kechuang.model.OpenData;

/**
 * The ontology's IRIs and the namespaces the graph uses: a vocabulary only. Every IRI string of the project
 * is here; which classes and relations exist, with their domains and ranges, the model's enums say.
 */
public final class KC {
    private KC() {}

    public static final String NS = "https://w3id.org/kechuang/ontology#";
    /** The ontology itself, and the named graph it is loaded into. */
    public static final String ONTOLOGY = "https://w3id.org/kechuang/ontology";
    public static final String RESOURCE_NS = "https://w3id.org/kechuang/resource/";
    public static final String ARTICLE_NS = "https://w3id.org/kechuang/article/";
    /** The SHACL shapes of ontology/shapes.ttl; validation reports name them. */
    public static final String SHAPES_NS = "https://w3id.org/kechuang/shapes#";

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String WIKIDATA = OpenData.WIKIDATA;
    public static final String ROR = OpenData.ROR;
    public static final String GEONAMES = "https://sws.geonames.org/";
    /** The named graph of facts taken from reference data (places in provinces, ROR parents), not from articles. */
    public static final String REFERENCE_GRAPH = "https://w3id.org/kechuang/graph/reference";
    /** The reference data sets the links come from, as the reference graph's provenance. */
    public static final String ROR_DATA = OpenData.ROR;
    public static final String PLACES_DATA = "https://github.com/dr5hn/countries-states-cities-database";
    /** The public Wikidata SPARQL endpoint the federated example queries name. */
    public static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";
    /** SPARQL 1.1 Service Description, and the W3C format IRIs it names result formats with. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    // Classes
    public static final Resource Person = cls("Person");
    public static final Resource Organization = cls("Organization");
    public static final Resource GovernmentBody = cls("GovernmentBody");
    public static final Resource ResearchInstitute = cls("ResearchInstitute");
    public static final Resource University = cls("University");
    public static final Resource InnovationCentre = cls("InnovationCentre");
    public static final Resource Enterprise = cls("Enterprise");
    public static final Resource Place = cls("Place");
    public static final Resource Facility = cls("Facility");
    public static final Resource Programme = cls("Programme");
    public static final Resource Field = cls("Field");
    public static final Resource Event = cls("Event");
    public static final Resource Visit = cls("Visit");
    public static final Resource Meeting = cls("Meeting");
    public static final Resource Position = cls("Position");
    public static final Resource Article = cls("Article");

    // Relations
    public static final Property visited = prop("visited");
    public static final Property supports = prop("supports");
    public static final Property locatedIn = prop("locatedIn");
    public static final Property partOf = prop("partOf");
    public static final Property establishedBy = prop("establishedBy");
    public static final Property attended = prop("attended");
    public static final Property chaired = prop("chaired");
    public static final Property focusesOn = prop("focusesOn");
    public static final Property holdsPosition = prop("holdsPosition");
    public static final Property visitor = prop("visitor");
    public static final Property site = prop("site");
    // Literal-valued
    public static final Property title = prop("title");
    public static final Property organization = prop("organization");
    public static final Property asOf = prop("asOf");
    public static final Property date = prop("date");
    public static final Property evidence = prop("evidence");
    public static final Property mentionedIn = prop("mentionedIn");

    // Terms of other vocabularies the graph writes
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property dctTitle = ResourceFactory.createProperty(DCT + "title");
    public static final Property dctIssued = ResourceFactory.createProperty(DCT + "issued");
    public static final Property dctPublisher = ResourceFactory.createProperty(DCT + "publisher");
    public static final Property dctSource = ResourceFactory.createProperty(DCT + "source");
    public static final Property dctSubject = ResourceFactory.createProperty(DCT + "subject");
    public static final Property skosAltLabel = ResourceFactory.createProperty(SKOS + "altLabel");
    public static final Resource skosConcept = ResourceFactory.createResource(SKOS + "Concept");
    public static final Property schemaEditor = ResourceFactory.createProperty(SCHEMA + "editor");
    public static final Property schemaImage = ResourceFactory.createProperty(SCHEMA + "image");
    public static final Property geoLat = ResourceFactory.createProperty(GEO + "lat");
    public static final Property geoLong = ResourceFactory.createProperty(GEO + "long");

    /** Prefixes for every file, query and export the project writes. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("kc", NS)
                .setNsPrefix("kcr", RESOURCE_NS)
                .setNsPrefix("art", ARTICLE_NS)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("org", ORG)
                .setNsPrefix("dct", DCT)
                .setNsPrefix("skos", SKOS)
                .setNsPrefix("geo", GEO)
                .setNsPrefix("wd", WIKIDATA)
                .lock();
    }

    /** The class of this local name in the ontology's namespace (an {@code EntityType}'s class name). */
    public static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** The property of this local name in the ontology's namespace (a {@code Relation}'s property). */
    public static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
