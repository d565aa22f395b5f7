package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.store.KgStore;

/** A hub with more statements than a page reads says so instead of silently leaving some out. */
class HubPageTest {
    @TempDir
    Path dir;

    @Test
    void aHubPageSaysItListsOnlyPartOfItsStatements() throws Exception {
        String hub = Links.W3ID + "resource/place/中心城";
        try ( KgStore store = KgStore.open(dir) ) {
            var locatedIn = NodeFactory.createURI(Vocabulary.KC + "locatedIn");
            var g = NodeFactory.createURI(Links.W3ID + "article/hub");
            Txn.executeWrite(store.dataset(), () -> {
                store.dataset().add(Quad.create(g, NodeFactory.createURI(hub), NodeFactory.createURI(EntityFacts.RDFS_LABEL),
                    NodeFactory.createLiteralLang("中心城", "zh")));
                for ( int i = 0; i <= EntityFacts.ROW_LIMIT; i++ )
                    store.dataset().add(Quad.create(g, NodeFactory.createURI(Links.W3ID + "resource/org/机构" + i), locatedIn,
                        NodeFactory.createURI(hub)));
            });
            Sparql sparql = new Sparql(store.dataset(), Duration.ofSeconds(30));
            EntityView v = new EntityFacts(sparql).load(hub);
            assertTrue(v.truncated);
            assertEquals(EntityFacts.ROW_LIMIT, v.in.get(Vocabulary.KC + "locatedIn").size());
            String html = new EntityPage(new Vocabulary(sparql), new Links(null)).render(v);
            assertTrue(html.contains("more statements than a page lists"));
            assertFalse(new EntityFacts(sparql).load(Links.W3ID + "resource/org/机构1").truncated);
        }
    }
}
