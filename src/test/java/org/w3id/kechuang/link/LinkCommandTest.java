package org.w3id.kechuang.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.cli.Cli;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.rdf.ArticleGraphWriter;
import org.w3id.kechuang.rdf.Iris;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.resolve.ArticleResolver;
import org.w3id.kechuang.resolve.ResolvedArticle;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code kechuang build} then {@code kechuang link}, in-process, on a real store in a temporary folder. */
class LinkCommandTest {
    @Test
    void linkRebuildsTheReferenceGraphAndReportReadsOnly(@TempDir Path dir) throws Exception {
        // An article of its own: a county whose name two provinces share, and places and bodies that link.
        Path article = dir.resolve("article.txt");
        Files.writeString(article, """
                ---
                title: 东乡调研
                date: 2024-05-06
                ---
                5月6日，科学技术部有关负责同志在东乡调研，随后前往浦东新区和合肥。
                """);
        String store = dir.resolve("store").toString();
        assertEquals(0, Cli.run("build", "--store", store, article.toString()).exit());

        // The build writes the reference graph; --report only reads, and link rebuilds the same graph.
        String referenceTriples = "SELECT * WHERE { GRAPH <" + KC.REFERENCE_GRAPH + "> { ?s ?p ?o } }";
        int built;
        try (KgStore kg = KgStore.open(Path.of(store))) {
            built = QueryRunner.select(kg, referenceTriples).size();
        }
        assertTrue(built > 0, "the build writes the reference graph");
        Cli report = Cli.run("link", "--report", "--store", store);
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("Link coverage"), report.out());
        try (KgStore kg = KgStore.open(Path.of(store))) {
            assertEquals(built, QueryRunner.select(kg, referenceTriples).size(), "--report writes nothing");
        }

        Cli link = Cli.run("link", "--store", store);
        assertEquals(0, link.exit(), link.err());
        assertTrue(link.out().contains("Reference graph rebuilt"), link.out());
        try (KgStore kg = KgStore.open(Path.of(store))) {
            assertEquals(built, QueryRunner.select(kg, referenceTriples).size(), "link rebuilds the same graph");
            List<?> rows = QueryRunner.select(kg, "SELECT ?p WHERE { GRAPH <" + KC.REFERENCE_GRAPH + "> { "
                    + "<" + KC.RESOURCE_NS + "place/浦东新区> kc:locatedIn ?p } }");
            assertEquals(1, rows.size(), "浦东新区 is in 上海市 by the places table");
        }
    }

    @Test
    void theReportListsAnAmbiguousNameWithItsCandidates(@TempDir Path dir) throws Exception {
        // The article graph as the writer makes it, with a county whose name two provinces share.
        Article a = new Article("dongxiang", "东乡调研", null, null, "dongxiang.txt", List.of(), List.of(), null,
                List.of("有关负责同志在东乡调研。"));
        Graph g = new ArticleGraphWriter().write(new ArticleFacts(a,
                List.of(Entity.of(EntityType.PLACE, "东乡"), Entity.of(EntityType.PLACE, "浦东新区")), List.of(), List.of()));
        String store = dir.resolve("store").toString();
        try (KgStore kg = KgStore.open(Path.of(store))) {
            kg.replaceGraphs(Map.of(Iris.article(a.id()), g));
        }
        Cli report = Cli.run("link", "--report", "--store", store);
        assertEquals(0, report.exit(), report.err());
        assertTrue(report.out().contains("东乡 (Place)"), report.out());
        assertTrue(report.out().contains("[甘肃省]") && report.out().contains("[江西省]"), report.out());
        assertTrue(!report.out().contains("浦东新区 (Place)"), "a linkable name is no candidate list: " + report.out());
    }

    @Test
    void aPlaceToldApartByItsArticleGetsItsProvinceInTheReferenceGraph(@TempDir Path dir) throws Exception {
        Article a = new Article("gansu", "东乡调研", null, null, "gansu.txt", List.of(), List.of(), null,
                List.of("有关负责同志在甘肃东乡调研。"));
        ResolvedArticle r = ArticleResolver.standard().resolve(new ArticleFacts(a,
                List.of(Entity.of(EntityType.PLACE, "东乡"), Entity.of(EntityType.PLACE, "甘肃")), List.of(), List.of()));
        Graph g = new ArticleGraphWriter().write(r);
        String store = dir.resolve("store").toString();
        try (KgStore kg = KgStore.open(Path.of(store))) {
            kg.replaceGraphs(Map.of(Iris.article(a.id()), g));
        }
        assertEquals(0, Cli.run("link", "--store", store).exit());
        try (KgStore kg = KgStore.open(Path.of(store))) {
            assertEquals(1, QueryRunner.select(kg, "SELECT * WHERE { GRAPH <" + KC.REFERENCE_GRAPH + "> { <"
                    + KC.RESOURCE_NS + "place/东乡> kc:locatedIn <" + KC.RESOURCE_NS + "place/甘肃省> } }").size());
        }
    }

    @Test
    void anEmptyStoreGivesOneLine(@TempDir Path dir) throws Exception {
        KgStore.open(dir.resolve("empty")).close();
        Cli r = Cli.run("link", "--report", "--store", dir.resolve("empty").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().filter(l -> !l.isBlank()).count(), r.err());
        assertTrue(r.err().contains("holds no articles"), r.err());
    }
}
