package org.w3id.kechuang.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/** A full build of the five seeds into a real TDB2 store in a temporary folder. */
class SeedBuildTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static BuildReport report;

    @BeforeAll
    static void build() throws Exception {
        store = KgStore.open(dir.resolve("store"));
        report = SeedStore.build(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsEverySeedAndSkipsNone() {
        assertEquals(5, report.articles(), () -> "skipped: " + report.skipped());
        assertTrue(report.clean(), () -> "skipped: " + report.skipped());
        assertEquals(5, store.articleGraphs().size());
    }

    @Test
    void extractsEveryRelationTheSeedsState() throws Exception {
        // What the seeds' gold standard states (its "position" is kc:holdsPosition), and the roles of visits.
        Set<String> stated = Files.readAllLines(Path.of("src/test/resources/gold/seeds.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[1].strip())
                .filter(r -> !r.equals("type")).map(r -> r.equals("position") ? "holdsPosition" : r)
                .collect(Collectors.toCollection(TreeSet::new));
        Arrays.stream(Relation.values()).filter(r -> r.shape() == Relation.Shape.ROLE).map(Relation::property)
                .forEach(stated::add);
        assertTrue(stated.size() >= 11, stated::toString);
        for (String rel : stated) {
            assertTrue(Relation.byProperty(rel) != null, rel + " is no relation of the model");
            assertTrue(report.relations().getOrDefault(rel, 0L) > 0, () -> "no " + rel + " in " + report.relations());
        }
    }

    private static final String ALL_RELATIONS = Arrays.stream(Relation.values())
            .map(r -> "kc:" + r.property()).collect(Collectors.joining(" "));

    @Test
    void everyRelationTripleCarriesItsEvidenceSentenceAndArticle() throws Exception {
        var missing = QueryRunner.select(store, """
                SELECT ?s ?p ?o WHERE {
                  VALUES ?p { """ + ALL_RELATIONS + """
                   }
                  GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(art:)))
                  FILTER NOT EXISTS { GRAPH ?g { << ?s ?p ?o >> kc:evidence ?e ; prov:wasDerivedFrom ?g } }
                }""");
        assertTrue(missing.isEmpty(), () -> "without evidence: " + missing);
        // Facts from the reference data (places' provinces, ROR parents) name their sources, graph-wide.
        var sources = QueryRunner.select(store, """
                SELECT ?data WHERE { GRAPH <https://w3id.org/kechuang/graph/reference> {
                  <https://w3id.org/kechuang/graph/reference> prov:wasDerivedFrom ?data } }""");
        assertEquals(2, sources.size(), "the places table and ROR");
        // The evidence is a sentence of the article's body, e.g. the one naming the site visited.
        var ev = QueryRunner.select(store, """
                SELECT ?ev ?date WHERE {
                  ?p rdfs:label "李强"@zh . ?site rdfs:label "李政道研究所"@zh .
                  << ?p kc:visited ?site >> kc:evidence ?ev .
                  ?visit kc:visitor ?p ; kc:site ?site ; kc:date ?date .
                }""");
        assertFalse(ev.isEmpty(), "李强 visited 李政道研究所");
        assertTrue(ev.get(0).getLiteral("ev").getString().contains("调研李政道研究所"));
        assertEquals("2022-02-21", ev.get(0).getLiteral("date").getLexicalForm());
    }

    @Test
    void articlesCarryTheirMetadata() throws Exception {
        var rows = QueryRunner.select(store, """
                SELECT ?title ?issued WHERE { GRAPH <https://w3id.org/kechuang/article/003_2d8b69315731fb98> {
                  ?a a kc:Article ; dct:title ?title ; dct:issued ?issued } }""");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getLiteral("title").getString().startsWith("部市共建上海国际科技创新中心工作推进会举行"));
        assertEquals("2025-07-27T21:56:43+08:00", rows.get(0).getLiteral("issued").getLexicalForm());
    }

    @Test
    void theOntologyIsQueryableInItsOwnGraph() throws Exception {
        assertFalse(QueryRunner.select(store, """
                SELECT * { GRAPH <https://w3id.org/kechuang/ontology> { kc:Visit rdfs:subClassOf kc:Event } }""").isEmpty());
    }

    @Test
    void rebuildingTheSameSeedsReplacesGraphsAndDuplicatesNothing() throws Exception {
        long union = store.unionTripleCount();
        long quads = store.quadCount();
        BuildReport again = SeedStore.build(store);
        assertEquals(5, again.articles());
        assertEquals(union, store.unionTripleCount());
        assertEquals(quads, store.quadCount());
        assertEquals(5, store.articleGraphs().size());
    }
}
