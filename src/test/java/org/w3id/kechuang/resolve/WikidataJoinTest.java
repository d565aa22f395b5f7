package org.w3id.kechuang.resolve;

import org.w3id.kechuang.store.QueryRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.store.KgStore;

/**
 * The federated example query, run on a real store of one seed article with its SERVICE pointed at a
 * second Fuseki on loopback that holds a tiny Wikidata-shaped graph: the join itself is exercised
 * without the internet.
 */
class WikidataJoinTest {
    static final Path QUERY = Path.of("queries/federated/wikidata-join.rq");

    @TempDir
    static Path dir;
    static KgStore store;
    static FusekiServer wikidata;

    @BeforeAll
    static void start() throws Exception {
        store = KgStore.open(dir.resolve("store"));
        SeedStore.build(store, "seeds/000_17d06b560a14b091.txt");
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(wd, "src/test/resources/resolve/wikidata-tiny.ttl");
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wikidata", wd).build().start();
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
        store.close();
    }

    @Test
    void theExampleJoinsTheGraphsLinksWithWikidata() throws Exception {
        String text = Files.readString(QUERY);
        assertTrue(text.startsWith("# Question:"), "the first line states the question");
        assertTrue(text.contains("SERVICE <" + KC.WIKIDATA_SPARQL + ">"), "the example names the public endpoint");
        String local = "http://127.0.0.1:" + wikidata.getHttpPort() + "/wikidata/sparql";

        List<QuerySolution> rows = QueryRunner.select(store, text.replace(KC.WIKIDATA_SPARQL, local));

        Map<String, QuerySolution> byName = new TreeMap<>();
        rows.forEach(r -> byName.put(r.getLiteral("name").getLexicalForm(), r));
        // Only the linked entities Wikidata (here: the stand-in) knows; Q42 is nobody's link.
        assertEquals(List.of("上海交通大学", "浦东新区"), List.copyOf(byName.keySet()), rows.toString());
        QuerySolution sjtu = byName.get("上海交通大学");
        assertEquals(KC.WIKIDATA + "Q525169", sjtu.getResource("item").getURI());
        assertEquals("Shanghai Jiao Tong University", sjtu.getLiteral("englishLabel").getLexicalForm());
        assertEquals("1896-01-01T00:00:00Z", sjtu.getLiteral("inception").getLexicalForm());
        assertEquals("Point(121.5447 31.2231)", byName.get("浦东新区").getLiteral("coordinates").getLexicalForm());
        assertTrue(byName.get("浦东新区").get("inception") == null);
    }
}
