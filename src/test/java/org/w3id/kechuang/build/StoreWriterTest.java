package org.w3id.kechuang.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;

/** The writer thread: every graph handed to it is in the store after finish; a failing store is reported, not hung on. */
class StoreWriterTest {
    @TempDir
    Path dir;

    private static Graph oneTriple(int i) {
        Graph g = GraphFactory.createGraphMem();
        g.add(NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o"));
        return g;
    }

    @Test
    void everySubmittedGraphIsStoredAfterFinish() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("store"))) {
            StoreWriter writer = new StoreWriter(store, 3, 2);
            for (int i = 0; i < 10; i++) {
                writer.submit(org.w3id.kechuang.rdf.KC.ARTICLE_NS + "t" + i, oneTriple(i));
            }
            writer.finish();
            assertEquals(10, store.articleGraphs().size());
            assertEquals(10, store.unionTripleCount());
        }
    }

    @Test
    void aStoreThatCannotBeWrittenIsReportedNotWaitedOn() throws Exception {
        KgStore store = KgStore.open(dir.resolve("store"));
        store.close();
        StoreWriter writer = new StoreWriter(store, 1, 1);
        StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(StoreException.class, () -> {
            for (int i = 0; i < 10; i++) {
                writer.submit(org.w3id.kechuang.rdf.KC.ARTICLE_NS + "t" + i, oneTriple(i));
            }
            writer.finish();
        }));
        assertTrue(e.getMessage().startsWith("cannot write to store"), e.getMessage());
    }
}
