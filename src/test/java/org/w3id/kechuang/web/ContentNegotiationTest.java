package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The graph's IRIs dereference on the server, by content negotiation, with plain HTTP clients. */
class ContentNegotiationTest {
    static final ServedSeeds served = ServedSeeds.shared();

    static final String LI_QIANG = ServedSeeds.W3ID + "resource/person/李强";
    static final String SJTU = ServedSeeds.W3ID + "resource/org/上海交通大学";
    static final Node EVIDENCE = NodeFactory.createURI("https://w3id.org/kechuang/ontology#evidence");

    static Graph parse(HttpResponse<String> r, Lang lang) {
        assertEquals(200, r.statusCode(), r.body());
        return RDFParser.fromString(r.body(), lang).toGraph();
    }

    @Test
    void turtleIsAboutTheEntityWithItsNamesAndEvidence() {
        HttpResponse<String> r = ServedSeeds.get(served.url(ServedSeeds.path(LI_QIANG)), "text/turtle");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(r, Lang.TURTLE);
        Node liQiang = NodeFactory.createURI(LI_QIANG);
        assertTrue(g.contains(liQiang, RDFS.label.asNode(), NodeFactory.createLiteralLang("李强", "zh")));
        assertTrue(g.contains(liQiang, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/kechuang/ontology#Person")));
        // Its neighbours are named: a site it visited carries its label.
        Node visited = NodeFactory.createURI("https://w3id.org/kechuang/ontology#visited");
        Node site = g.find(liQiang, visited, Node.ANY).next().getObject();
        assertTrue(g.contains(site, RDFS.label.asNode(), Node.ANY), "label of " + site);
        // Each of its statements' reifiers is there, with the sentence, and every one is about 李强.
        var reifies = g.find(Node.ANY, RDF.reifies.asNode(), Node.ANY).toList();
        assertFalse(reifies.isEmpty());
        for ( Triple t : reifies ) {
            Triple stated = t.getObject().getTriple();
            assertTrue(stated.getSubject().equals(liQiang) || stated.getObject().equals(liQiang), stated.toString());
            assertTrue(g.contains(t.getSubject(), EVIDENCE, Node.ANY));
        }
    }

    @Test
    void everyRdfFormatParsesToTheSameNames() {
        String url = served.url(ServedSeeds.path(SJTU));
        Node sjtu = NodeFactory.createURI(SJTU);
        Node en = NodeFactory.createLiteralLang("Shanghai Jiao Tong University", "en");
        for ( Lang lang : new Lang[] { Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML } ) {
            HttpResponse<String> r = ServedSeeds.get(url, lang.getHeaderString());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()), lang.getName());
            Graph g = parse(r, lang);
            assertTrue(g.contains(sjtu, RDFS.label.asNode(), en), lang.getName());
            assertTrue(g.contains(sjtu, NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q525169")), lang.getName());
        }
    }

    @Test
    void formatParameterWinsOverAccept() {
        HttpResponse<String> r = ServedSeeds.get(served.url(ServedSeeds.path(SJTU)) + "?format=nt", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        parse(r, Lang.NTRIPLES);
    }

    @Test
    void browsersGetThePageOfTheSameIri() {
        HttpResponse<String> r = ServedSeeds.get(served.url(ServedSeeds.path(LI_QIANG)),
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Document page = Jsoup.parse(r.body());
        assertEquals("李强", page.selectFirst("h1").text());
        assertTrue(page.select("#timeline li").text().contains("李政道研究所"), "timeline lists the visit's sites");
        assertTrue(page.select("#positions li").text().contains("书记"));
    }

    @Test
    void anArticleAndTheOntologyDereferenceToo() {
        Graph article = parse(ServedSeeds.get(served.url("/article/000_17d06b560a14b091"), "text/turtle"), Lang.TURTLE);
        assertTrue(article.contains(NodeFactory.createURI(ServedSeeds.W3ID + "article/000_17d06b560a14b091"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"), Node.ANY));
        assertTrue(article.find(Node.ANY, EVIDENCE, Node.ANY).hasNext(), "the facts read from it come with it");
        Graph ontology = parse(ServedSeeds.get(served.url("/ontology"), "text/turtle"), Lang.TURTLE);
        assertTrue(ontology.contains(NodeFactory.createURI("https://w3id.org/kechuang/ontology#Person"), RDF.type.asNode(),
            NodeFactory.createURI("http://www.w3.org/2002/07/owl#Class")));
    }

    @Test
    void unknownIrisAre404WithASearchBox() {
        for ( String accept : new String[] { "text/html", "text/turtle" } ) {
            HttpResponse<String> r = ServedSeeds.get(served.url("/resource/person/无此人"), accept);
            assertEquals(404, r.statusCode(), accept);
            Document page = Jsoup.parse(r.body());
            assertEquals("无此人", page.selectFirst("main form input[name=q]").attr("value"));
        }
        assertEquals(404, ServedSeeds.get(served.url("/article/no-such-article"), "text/html").statusCode());
    }

    @Test
    void aTypeNotOfferedIs406() {
        HttpResponse<String> r = ServedSeeds.get(served.url(ServedSeeds.path(SJTU)), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), "says what is offered");
    }

    @Test
    void namesAreShownNotRun() {
        // Its IRI holds an escaped slash, which Jetty refuses in a path: pages link it through /lookup.
        String url = served.url("/lookup?iri=" + java.net.URLEncoder.encode(ServedSeeds.SCRIPT_IRI, java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> r = ServedSeeds.get(url, "text/html");
        assertEquals(200, r.statusCode(), url);
        assertFalse(r.body().contains("<script>alert"), "the name is escaped");
        Document page = Jsoup.parse(r.body());
        assertEquals(ServedSeeds.SCRIPT_NAME, page.selectFirst("h1").text());
        assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("alert")));
        // The evidence sentence too, highlighted but escaped.
        assertTrue(page.select("ul.evidence mark").text().contains("alert('x')"));
        HttpResponse<String> article = ServedSeeds.get(served.url("/article/planted"), "text/html");
        assertFalse(article.body().contains("<b>planted"));
    }

    @Test
    void voidDescribesTheDatasetAndItsDumpLoads() {
        Graph v = parse(ServedSeeds.get(served.url("/.well-known/void"), "text/turtle"), Lang.TURTLE);
        String voidNs = "http://rdfs.org/ns/void#";
        Node triples = v.find(Node.ANY, NodeFactory.createURI(voidNs + "triples"), Node.ANY)
            .filterKeep(t -> t.getSubject().getURI().endsWith("#dataset")).next().getObject();
        assertEquals(served.store.unionTripleCount(), ((Number) triples.getLiteralValue()).longValue());
        assertTrue(v.contains(Node.ANY, NodeFactory.createURI(voidNs + "sparqlEndpoint"), NodeFactory.createURI(served.server.datasetUrl() + "/sparql")));
        assertTrue(v.contains(Node.ANY, NodeFactory.createURI(voidNs + "objectsTarget"), NodeFactory.createURI("https://www.wikidata.org/")));
        assertTrue(v.contains(Node.ANY, NodeFactory.createURI(voidNs + "class"), NodeFactory.createURI("https://w3id.org/kechuang/ontology#Person")));
        String dump = v.find(Node.ANY, NodeFactory.createURI(voidNs + "dataDump"), Node.ANY).toList().stream()
            .map(t -> t.getObject().getURI()).filter(u -> u.endsWith(".trig")).findFirst().orElseThrow();
        HttpResponse<String> r = ServedSeeds.get(dump, null);
        assertEquals(200, r.statusCode());
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), Lang.TRIG).parse(dsg);
        assertEquals(served.store.quadCount(), dsg.stream().count());
    }

    @Test
    void withABaseThePagesLinkTheIrisThemselves() {
        org.w3id.kechuang.server.KgServer behindW3id = org.w3id.kechuang.server.KgServer.create()
            .dataset(served.store.dataset()).port(0).base(ServedSeeds.W3ID).build().start();
        try {
            String url = behindW3id.serverUrl() + "resource/person/%E6%9D%8E%E5%BC%BA";
            Document page = Jsoup.parse(ServedSeeds.get(url, "text/html").body());
            var site = page.selectFirst("#relations-out ul.facts > li > a");
            assertTrue(site.attr("href").startsWith(ServedSeeds.W3ID + "resource/"), site.attr("href"));
            // The explorer's own requests stay on the server: no cross-origin trip through the redirect.
            assertEquals("/search", page.selectFirst("header form").attr("action"));
            assertTrue(page.selectFirst("#cy").attr("data-src").startsWith("/graph?iri="));
        } finally {
            behindW3id.stop();
        }
    }

    @Test
    void pagesOnlyRead() {
        for ( String path : new String[] { "/resource/person/%E6%9D%8E%E5%BC%BA", "/search?q=x", "/browse", "/.well-known/void" } ) {
            var r = ServedSeeds.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(served.url(path)))
                .header("Content-Type", "text/turtle")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")));
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode() + " to POST");
        }
    }
}
