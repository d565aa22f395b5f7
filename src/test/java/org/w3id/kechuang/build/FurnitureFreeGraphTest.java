package org.w3id.kechuang.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/**
 * Page furniture never reaches the graph: the people named only in navigation, recommended-video lists
 * and related-article boxes of the seeds and the test articles get no entity, label or fact.
 */
class FurnitureFreeGraphTest {
    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void build() throws Exception {
        store = KgStore.open(dir.resolve("store"));
        BuildReport r = SeedStore.build(store, "seeds", "src/test/resources/gold/articles");
        assertEquals(17, r.articles(), () -> "skipped: " + r.skipped());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void namesFromSidebarsAndRecommendedListsAreNowhereInTheGraph() throws Exception {
        // Each of these appears in an article's page furniture only, never in its body.
        for (String name : List.of("特朗普", "普京", "哈梅内伊", "王毅", "杨小华", "穆杰塔巴", "拜登", "泽连斯基",
                "韩正", "李明博", "举报", "扫描二维码")) {
            var hits = QueryRunner.select(store, "SELECT ?s ?l WHERE { ?s ?p ?l . FILTER(isLiteral(?l) && CONTAINS(STR(?l), \""
                    + name + "\")) FILTER(?p != dct:title) }");
            assertTrue(hits.isEmpty(), () -> name + " leaked into the graph: " + hits);
        }
    }

    @Test
    void aLeaderNamedOnlyInARelatedArticlesBoxIsNotMentionedByThatArticle() throws Exception {
        for (String article : List.of("gold-09-cas-hefei-institutes", "gold-12-hit-conference")) {
            var hits = QueryRunner.select(store, "SELECT ?p WHERE { GRAPH <https://w3id.org/kechuang/article/" + article
                    + "> { ?p rdfs:label \"习近平\"@zh } }");
            assertTrue(hits.isEmpty(), () -> "习近平 from the related-articles box of " + article);
        }
    }
}
