package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.kechuang.server.Http.enc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only server (no password) over an in-memory dataset of two article graphs. */
class KgServerReadOnlyTest {

    @TempDir
    static Path queriesDir;

    static DatasetGraph dsg;
    static KgServer server;
    static String base;
    static String kg;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(queriesDir.resolve("people.rq"), """
            # Which people are in the graph?
            PREFIX kc: <https://w3id.org/kechuang/ontology#>
            SELECT ?p WHERE { ?p a kc:Person }
            """);
        Files.writeString(queriesDir.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n");
        dsg = TestData.twoArticles(DatasetGraphFactory.createTxnMem());
        server = KgServer.create().dataset(dsg).port(0).queriesDir(queriesDir).build().start();
        base = server.serverUrl();
        kg = server.datasetUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void urlsNameTheLoopbackHostAndActualPort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/kg", kg);
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        long expected = TestData.G1_TRIPLES + TestData.G2_TRIPLES;
        assertEquals(expected, Http.countAll(kg + "/sparql"));
        assertEquals(expected, Http.countAll(kg + "/query"));
        assertEquals(expected, Http.countAll(kg));
        // The named graphs stay addressable one by one.
        assertEquals(TestData.G1_TRIPLES,
            Http.count(kg + "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestData.G1 + "> { ?s ?p ?o } }"));
    }

    @Test
    void queryByPostWorks() {
        HttpResponse<String> r = Http.send(Http.request(kg + "/sparql")
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "application/sparql-results+json")
            .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(5, Http.json(r.body()).at("/results/bindings/0/n/value").asLong());
    }

    @Test
    void graphStoreReadServesTheUnionAsDefaultAndEachArticleGraph() {
        assertEquals(5, graph(kg + "/get?default").size());
        assertEquals(TestData.G1_TRIPLES, graph(kg + "/get?graph=" + enc(TestData.G1)).size());
        assertEquals(TestData.G2_TRIPLES, graph(kg + "/get?graph=" + enc(TestData.G2)).size());
        assertEquals(5, graph(kg + "?default").size());
    }

    @Test
    void serviceDescriptionAtTheDatasetUrl() {
        HttpResponse<String> r = Http.get(kg, "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph sd = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        String sdNs = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(sd.contains(null, NodeFactory.createURI(sdNs + "endpoint"), NodeFactory.createURI(kg + "/sparql")));
        assertTrue(sd.contains(null, NodeFactory.createURI(sdNs + "feature"), NodeFactory.createURI(sdNs + "UnionDefaultGraph")));
        assertFalse(sd.contains(null, null, NodeFactory.createURI(sdNs + "SPARQL11Update")), "read-only server offers no update");
    }

    @Test
    void badQueryGets400WithTheParseError() {
        HttpResponse<String> r = Http.query(kg + "/sparql", "SELECT ?s WHERE { ?s ?p }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Parse error"), r.body());
        assertTrue(r.body().contains("line 1"), r.body());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() {
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        HttpResponse<String> r1 = Http.post(kg + "/update", "application/sparql-update", insert);
        assertEquals(403, r1.statusCode(), r1.body());
        assertTrue(r1.body().contains("read-only"), r1.body());
        // Update sent to the dataset URL itself: no update operation exists there.
        HttpResponse<String> r2 = Http.post(kg, "application/sparql-update", insert);
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, "status " + r2.statusCode());
        HttpResponse<String> r3 = Http.get(kg + "/update?update=" + enc(insert));
        assertTrue(r3.statusCode() >= 400 && r3.statusCode() < 500, "status " + r3.statusCode());
        // Graph Store writes.
        HttpResponse<String> r4 = Http.send(Http.request(kg + "/data?graph=" + enc("urn:x:g"))
            .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> 1 .")));
        assertEquals(403, r4.statusCode());
        HttpResponse<String> r5 = Http.send(Http.request(kg + "/get?graph=" + enc(TestData.G1)).DELETE());
        assertEquals(403, r5.statusCode());
        HttpResponse<String> r6 = Http.post(kg + "/get?default", "text/turtle", "<urn:x:s> <urn:x:p> 1 .");
        assertEquals(403, r6.statusCode());
        assertEquals(5, Http.countAll(kg + "/sparql"));
    }

    @Test
    void adminOperationsAreRefusedWithoutPassword() {
        HttpResponse<String> create = Http.post(base + "$/datasets?dbName=other&dbType=mem",
            "application/x-www-form-urlencoded", "");
        assertEquals(403, create.statusCode(), create.body());
        HttpResponse<String> delete = Http.send(Http.request(base + "$/datasets/kg").DELETE());
        assertEquals(403, delete.statusCode());
        assertEquals(403, Http.post(base + "$/backup/kg", "text/plain", "").statusCode());
        assertEquals(403, Http.post(base + "$/compact/kg", "text/plain", "").statusCode());
        assertEquals(403, Http.post(base + "$/sleep", "text/plain", "").statusCode());
        // Credentials do not help when the server has no password.
        HttpResponse<String> withCreds = Http.send(Http.request(base + "$/backup/kg")
            .header("Authorization", Http.basic("admin", "guess")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, withCreds.statusCode());
        // Nothing was created or removed.
        JsonNode datasets = Http.json(Http.get(base + "$/datasets", "application/json").body());
        assertEquals(1, datasets.get("datasets").size());
        assertEquals("/kg", datasets.at("/datasets/0/ds.name").asText());
    }

    @Test
    void webUiAndTheReadOnlyAdminCallsItNeeds() {
        HttpResponse<String> ui = Http.get(base);
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Apache Jena Fuseki UI"), ui.body());
        assertEquals(200, Http.get(base + "$/ping").statusCode());
        assertEquals(200, Http.get(base + "$/server").statusCode());
        assertEquals(200, Http.get(base + "$/stats/kg").statusCode(), "the UI loads it on every dataset page");
        assertFalse(Http.get(base + "$/stats/kg").body().contains("Requests"), "but no request counts");
        assertEquals(403, Http.get(base + "$/stats").statusCode());
        assertTrue(Http.get(base + "$/datasets").body().contains("\"/kg\""));
        // The UI's query editor validates queries by POST; that is not an admin operation.
        HttpResponse<String> validate = Http.post(base + "$/validate/query",
            "application/x-www-form-urlencoded", "query=" + enc("SELECT * { ?s ?p ?o }"));
        assertEquals(200, validate.statusCode(), validate.body());
    }

    @Test
    void exampleQueriesAppearAmongTheUiExampleQueries() {
        // Follow the browser: index.html -> main bundle -> the query page's script.
        String index = Http.get(base).body();
        String mainBundle = Http.get(base + find("static/index-[A-Za-z0-9_-]+\\.js", index)).body();
        String queryPage = find("Query-[A-Za-z0-9_-]+\\.js", mainBundle);
        HttpResponse<String> script = Http.get(base + "static/" + queryPage);
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains("Which people are in the graph?"), "our example's title");
        assertTrue(script.body().contains("SELECT ?p WHERE { ?p a kc:Person }"), "our example's text");
        assertTrue(script.body().contains("Selection of triples"), "the UI's own examples stay");
    }

    @Test
    void theUiCompletesPrefixesFromThisServerNotFromTheInternet() {
        String index = Http.get(base).body();
        String mainBundle = Http.get(base + find("static/index-[A-Za-z0-9_-]+\\.js", index)).body();
        String queryPage = Http.get(base + "static/" + find("Query-[A-Za-z0-9_-]+\\.js", mainBundle)).body();
        assertFalse(queryPage.contains("prefix.cc"), "the query page fetches nothing from prefix.cc");
        assertTrue(queryPage.contains(FusekiUi.PREFIXES_PATH));
        JsonNode prefixes = Http.json(Http.get(base + FusekiUi.PREFIXES_PATH.substring(1)).body());
        assertEquals("https://w3id.org/kechuang/ontology#", prefixes.get("kc").asText());
    }

    @Test
    void exampleQueriesIndexAndFiles() {
        HttpResponse<String> index = Http.get(base + "queries/", "application/json");
        assertEquals(200, index.statusCode());
        JsonNode list = Http.json(index.body());
        assertEquals(2, list.size());
        assertEquals("count.rq", list.get(0).get("name").asText());
        assertEquals("count", list.get(0).get("title").asText());
        assertEquals("Which people are in the graph?", list.get(1).get("title").asText());
        assertTrue(list.get(1).get("ui").asText().startsWith("/#/dataset/kg/query?query="));

        HttpResponse<String> file = Http.get(base + list.get(1).get("url").asText().substring(1));
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains("SELECT ?p WHERE"));
        // The file as served runs and answers.
        assertEquals(1, Http.json(Http.query(kg + "/sparql", file.body()).body()).at("/results/bindings").size());

        HttpResponse<String> html = Http.get(base + "queries/", "text/html");
        assertTrue(html.body().contains("href=\"/#/dataset/kg/query?query="), html.body());
        assertEquals(404, Http.get(base + "queries/missing.rq").statusCode());
    }

    @Test
    void corsIsOffForOtherOrigins() {
        HttpResponse<String> r = Http.send(Http.request(kg + "/sparql?query=" + enc("ASK {}"))
            .header("Origin", "https://evil.example").GET());
        assertEquals(200, r.statusCode());
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            assertTrue(s.isConnected());
        }
        InetAddress external = externalAddress();
        Assumptions.assumeTrue(external != null, "machine has no non-loopback address");
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(external, server.port()), 2000);
            throw new AssertionError("server answered on " + external);
        } catch (IOException expected) {
            // Connection refused: not listening there.
        }
    }

    @Test
    void portInUseGivesOneClearLine() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            KgServer second = KgServer.create().dataset(dsg).port(port).build();
            ServerException ex = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class, second::start);
            assertEquals("port " + port + " on 127.0.0.1 is already in use", ex.getMessage());
            second.stop();
        }
        // The running server is unaffected.
        assertEquals(5, Http.countAll(kg + "/sparql"));
    }

    @Test
    void unknownHostGivesOneClearLine() {
        ServerException ex = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class,
            () -> KgServer.create().dataset(dsg).host("no-such-host.invalid").port(0).build());
        assertEquals("unknown host to listen on: no-such-host.invalid", ex.getMessage());
    }

    @Test
    void missingQueriesFolderGivesOneClearLine() {
        Path missing = queriesDir.resolve("nope");
        ServerException ex = org.junit.jupiter.api.Assertions.assertThrows(ServerException.class,
            () -> KgServer.create().dataset(dsg).port(0).queriesDir(missing).build());
        assertEquals("queries folder not found: " + missing, ex.getMessage());
    }

    private static Graph graph(String url) {
        HttpResponse<String> r = Http.get(url, "application/n-triples");
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    private static String find(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return m.group();
    }

    private static InetAddress externalAddress() throws IOException {
        for ( NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces()) ) {
            if ( !ni.isUp() || ni.isLoopback() )
                continue;
            for ( InetAddress a : Collections.list(ni.getInetAddresses()) ) {
                if ( a instanceof java.net.Inet4Address && !a.isLoopbackAddress() )
                    return a;
            }
        }
        return null;
    }
}
