package org.w3id.kechuang.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * {@code /.well-known/void}: a VoID and DCAT description of the dataset: triples, entities per class,
 * links per target dataset, licence, SPARQL endpoint and data dump. Counted when asked, at most once a
 * minute (counting a large store takes a moment).
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    /** The data's licence: built with the ODbL places table, the store is a derived database (see README). */
    static final String LICENCE = "https://opendatacommons.org/licenses/odbl/1-0/";
    private static final long MAX_AGE_MS = 60_000;

    private static final Query COUNTS = Sparql.parse("""
        SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects) WHERE { ?s ?p ?o }
        """);
    private static final Query CLASSES = Sparql.parse("""
        SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(kc:))) } GROUP BY ?c ORDER BY ?c
        """);
    private static final Query LINKS = Sparql.parse("""
        SELECT ?target (COUNT(*) AS ?n) WHERE {
          ?e owl:sameAs ?x
          BIND(IF(STRSTARTS(STR(?x), "http://www.wikidata.org/entity/"), "wikidata",
               IF(STRSTARTS(STR(?x), "https://ror.org/"), "ror",
               IF(STRSTARTS(STR(?x), "https://sws.geonames.org/"), "geonames", "other"))) AS ?target)
        } GROUP BY ?target
        """);
    private static final Map<String, String[]> TARGETS = Map.of(
        "wikidata", new String[] { "http://www.wikidata.org/entity/", "Wikidata", "https://www.wikidata.org/" },
        "ror", new String[] { "https://ror.org/", "Research Organization Registry", "https://ror.org/" },
        "geonames", new String[] { "https://sws.geonames.org/", "GeoNames", "https://www.geonames.org/" });

    private final transient Sparql sparql;
    private final transient Links links;
    private transient volatile Graph cached;
    private transient volatile long cachedAt;
    private transient volatile String cachedFor;

    VoidServlet(Sparql sparql, Links links) {
        this.sparql = sparql;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        // Without --base the endpoint and dumps are on this server, as the client reached it.
        String here = links.site().startsWith("/")
            ? request.getScheme() + "://" + request.getHeader("Host") + links.site() : links.site();
        Optional<Format> format = Format.choose(request.getHeader("Accept"), request.getParameter("format"));
        if ( format.isEmpty() ) {
            Pages.send(response, 406, "text/plain; charset=utf-8", "Not acceptable: offered as " + Format.offered() + "\n");
            return;
        }
        Graph g;
        try {
            g = describe(here);
        } catch (QueryCancelledException e) {
            Pages.send(response, 503, "text/plain; charset=utf-8", "Counting took longer than the time limit.\n");
            return;
        }
        if ( format.get() != Format.HTML ) {
            response.setContentType(format.get().mediaType + (format.get() == Format.RDFXML ? "" : "; charset=utf-8"));
            Description.write(g, format.get(), response.getOutputStream());
            return;
        }
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        Description.write(g, Format.TURTLE, turtle);
        Html h = new Html(links, "VoID");
        Pages.alternates(h, links.page(".well-known/void"));
        h.raw("<h1>Dataset description (VoID, DCAT)</h1><p>");
        Pages.downloads(h, links.page(".well-known/void"));
        h.raw("</p><pre class=\"void\">").text(turtle.toString(StandardCharsets.UTF_8)).raw("</pre>");
        Pages.html(response, 200, h);
    }

    private Graph describe(String here) {
        Graph g = cached;
        if ( g != null && here.equals(cachedFor) && System.currentTimeMillis() - cachedAt < MAX_AGE_MS )
            return g;
        g = build(here);
        cached = g;
        cachedFor = here;
        cachedAt = System.currentTimeMillis();
        return g;
    }

    private Graph build(String here) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(Links.W3ID + "void#dataset");
        add(g, ds, rdf("type"), uri(VOID + "Dataset"));
        add(g, ds, rdf("type"), uri(DCAT + "Dataset"));
        add(g, ds, uri(DCT + "title"), NodeFactory.createLiteralLang("科创知识图谱 Kechuang KG", "zh"));
        add(g, ds, uri(DCT + "description"), NodeFactory.createLiteralLang("People, organisations, places, programmes and "
            + "events read from Chinese science-and-technology news; every relation with the sentence it was read from.", "en"));
        add(g, ds, uri(DCT + "license"), uri(LICENCE));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(Links.W3ID + "resource/"));
        add(g, ds, uri(VOID + "vocabulary"), uri(Vocabulary.KC));
        add(g, ds, uri(VOID + "sparqlEndpoint"), uri(here + "kg/sparql"));
        add(g, ds, uri(VOID + "rootResource"), uri(Links.W3ID + "ontology"));
        for ( Format f : Format.rdfFormats() ) {
            if ( f.holdsTripleTerms() )
                add(g, ds, uri(VOID + "dataDump"), uri(here + DumpServlet.PATH.substring(1) + "/kechuang." + DumpServlet.extension(f)));
        }
        Node dist = NodeFactory.createURI(Links.W3ID + "void#dump-trig");
        add(g, ds, uri(DCAT + "distribution"), dist);
        add(g, dist, rdf("type"), uri(DCAT + "Distribution"));
        add(g, dist, uri(DCAT + "downloadURL"), uri(here + DumpServlet.PATH.substring(1) + "/kechuang.trig"));
        add(g, dist, uri(DCAT + "mediaType"), NodeFactory.createLiteralString("application/trig"));
        Map<String, Node> counts = sparql.select(COUNTS, Map.of()).get(0);
        add(g, ds, uri(VOID + "triples"), counts.get("triples"));
        add(g, ds, uri(VOID + "distinctSubjects"), counts.get("subjects"));
        long entities = 0;
        for ( Map<String, Node> row : sparql.select(CLASSES, Map.of()) ) {
            Node part = NodeFactory.createURI(Links.W3ID + "void#class-" + row.get("c").getURI().substring(Vocabulary.KC.length()));
            add(g, ds, uri(VOID + "classPartition"), part);
            add(g, part, uri(VOID + "class"), row.get("c"));
            add(g, part, uri(VOID + "entities"), row.get("n"));
            entities += ((Number) row.get("n").getLiteralValue()).longValue();
        }
        add(g, ds, uri(VOID + "entities"), NodeFactory.createLiteralDT(Long.toString(entities), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        for ( Map<String, Node> row : sparql.select(LINKS, Map.of()) ) {
            String[] target = TARGETS.get(row.get("target").getLiteralLexicalForm());
            if ( target == null )
                continue;
            Node ls = NodeFactory.createURI(Links.W3ID + "void#links-" + row.get("target").getLiteralLexicalForm());
            Node other = NodeFactory.createURI(target[2]);
            add(g, ds, uri(VOID + "subset"), ls);
            add(g, ls, rdf("type"), uri(VOID + "Linkset"));
            add(g, ls, uri(VOID + "linkPredicate"), uri("http://www.w3.org/2002/07/owl#sameAs"));
            add(g, ls, uri(VOID + "subjectsTarget"), ds);
            add(g, ls, uri(VOID + "objectsTarget"), other);
            add(g, ls, uri(VOID + "triples"), row.get("n"));
            add(g, other, rdf("type"), uri(VOID + "Dataset"));
            add(g, other, uri(DCT + "title"), NodeFactory.createLiteralString(target[1]));
            add(g, other, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(target[0]));
        }
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node rdf(String local) {
        return uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#" + local);
    }
}
