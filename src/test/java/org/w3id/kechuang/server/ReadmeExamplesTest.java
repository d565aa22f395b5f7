package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.store.KgStore;

/**
 * Every query the README shows — its {@code sparql} blocks and the {@code query=} of its curl lines —
 * runs as written on the served seed graph over HTTP and returns rows: a reader who copies one into the
 * UI or curl gets an answer, not a parse error.
 */
class ReadmeExamplesTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer server;

    private static final Pattern SPARQL_BLOCK = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CURL_QUERY = Pattern.compile("--data-urlencode '(?:query=)([^']*)'");

    @BeforeAll
    static void serve() throws Exception {
        store = SeedStore.buildSeeds(dir.resolve("store"));
        server = KgServer.create().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeQueryAnswersOnTheEndpoint() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> queries = new ArrayList<>();
        for ( Pattern p : List.of(SPARQL_BLOCK, CURL_QUERY) ) {
            Matcher m = p.matcher(readme);
            while ( m.find() )
                queries.add(m.group(1));
        }
        assertFalse(queries.isEmpty(), "the README shows queries");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.lines().filter(l -> !l.startsWith("PREFIX"))
            .findFirst().orElse(q), () -> {
            var r = Http.query(server.datasetUrl() + "/sparql", q);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode rows = Http.json(r.body()).at("/results/bindings");
            assertTrue(rows.size() > 0, "no rows for\n" + q);
        }));
    }
}
