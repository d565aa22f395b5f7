package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.store.KgStore;

/** The seed graph in a real TDB2 store, served by a real server on loopback, asked every query in queries/. */
class ServedSeedQueriesTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void serveSeeds() throws Exception {
        store = SeedStore.buildSeeds(dir.resolve("store"));
        server = KgServer.create().dataset(store.dataset()).port(0).queriesDir(Path.of("queries")).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static JsonNode select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        return json.readTree(resp.body());
    }

    @Test
    void countsTheWholeSeedGraph() throws Exception {
        JsonNode r = select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        long n = r.at("/results/bindings/0/n/value").asLong();
        assertEquals(store.unionTripleCount(), n);
        assertTrue(n > 1000, "seed graph has " + n + " triples");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleQueryAnswersWithRows() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "at least eight example queries");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            JsonNode r = select(Files.readString(f));
            JsonNode rows = r.at("/results/bindings");
            assertTrue(rows.size() > 0, f + " returned no rows on the seed graph");
        }));
    }
}
