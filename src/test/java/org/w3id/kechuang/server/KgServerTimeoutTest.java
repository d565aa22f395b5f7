package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** A runaway query is cut off with a clear error and the server keeps answering. */
class KgServerTimeoutTest {

    static final int TRIPLES = 3000;
    /** 3000^3 combinations: hours of work without a limit. */
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";

    // Generous against a busy machine: ordinary queries below must finish well inside it.
    @Test
    void runawayQueryTimesOutAndServerKeepsAnswering() {
        KgServer server = KgServer.create()
            .dataset(TestData.manyTriples(DatasetGraphFactory.createTxnMem(), TRIPLES))
            .port(0)
            .queryTimeout(Duration.ofMillis(1000))
            .build().start();
        try {
            String sparql = server.datasetUrl() + "/sparql";
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = Http.query(sparql, RUNAWAY);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
                assertTrue(ms < 10_000, "cut off near the limit, took " + ms + " ms");

                // Other queries are still answered, and so is a second runaway one.
                assertEquals(TRIPLES, Http.countAll(sparql));
                assertEquals(503, Http.query(server.datasetUrl() + "/query", RUNAWAY).statusCode());
                assertEquals(TRIPLES, Http.countAll(server.datasetUrl()));
            });
        } finally {
            server.stop();
        }
    }
}
