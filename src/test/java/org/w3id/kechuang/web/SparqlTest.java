package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.store.KgStore;

/** The pages' queries see the union of the article graphs, and stop at the time limit. */
class SparqlTest {
    @TempDir
    Path dir;

    @Test
    void queriesSeeEveryGraphAndStopAtTheTimeLimit() throws Exception {
        try ( KgStore store = KgStore.open(dir) ) {
            var p = NodeFactory.createURI("urn:x:p");
            Txn.executeWrite(store.dataset(), () -> {
                for ( int i = 0; i < 3000; i++ )
                    store.dataset().add(Quad.create(NodeFactory.createURI("urn:x:g" + (i % 7)),
                        NodeFactory.createURI("urn:x:s" + i), p, NodeFactory.createURI("urn:x:o" + i)));
            });
            Sparql sparql = new Sparql(store.dataset(), Duration.ofSeconds(2));
            var count = Sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:x:p> ?o }");
            assertEquals(3000, ((Number) sparql.select(count, Map.of()).get(0).get("n").getLiteralValue()).intValue());
            // 3000 × 3000 × 3000 rows: far beyond 2 s.
            var huge = Sparql.parse("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
            long start = System.nanoTime();
            assertThrows(QueryCancelledException.class, () -> sparql.select(huge, Map.of()));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(15).toNanos(), "stopped near the limit");
        }
    }
}
