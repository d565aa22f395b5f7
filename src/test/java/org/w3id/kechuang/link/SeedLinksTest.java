package org.w3id.kechuang.link;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.Ontology;
import org.w3id.kechuang.resolve.EntityLinker;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed articles built into a real TDB2 store, linked as {@code kechuang build} and {@code kechuang link}
 * do: how many entities link, a hand-checked sample of links (each against the ROR record or places row
 * and the Wikidata item it names), and names that must stay unlinked.
 */
class SeedLinksTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static LinkReport report;

    @BeforeAll
    static void buildAndLink() throws Exception {
        store = SeedStore.buildSeeds(dir.resolve("store"));
        report = LinkReport.of(store, EntityLinker.standard());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every owl:sameAs of the entity with this Chinese label and class, over all article graphs. */
    private static Set<String> linksOf(String cls, String label) throws Exception {
        Set<String> out = new TreeSet<>();
        for (QuerySolution r : QueryRunner.select(store, """
                SELECT DISTINCT ?x WHERE { GRAPH ?g { ?e a kc:%s ; rdfs:label "%s"@zh } OPTIONAL { ?e owl:sameAs ?x } }"""
                .formatted(cls, label))) {
            if (r.get("x") != null) {
                out.add(r.getResource("x").getURI());
            }
        }
        return out;
    }

    private static boolean exists(String cls, String label) throws Exception {
        return !QueryRunner.select(store, "SELECT ?e WHERE { ?e a kc:%s ; rdfs:label \"%s\"@zh }".formatted(cls, label)).isEmpty();
    }

    @Test
    void countsTheEntitiesLinkedToWikidataAndRor() {
        StringWriter table = new StringWriter();
        report.printCoverage(new PrintWriter(table));
        System.out.println(table);
        int wikidata = report.coverage().stream().mapToInt(LinkReport.Coverage::wikidata).sum();
        int ror = report.coverage().stream().mapToInt(LinkReport.Coverage::ror).sum();
        // On the seeds at the time of writing: 30 entities with a Wikidata link, 21 with a ROR link.
        assertTrue(wikidata >= 25, "entities linked to Wikidata: " + wikidata + "\n" + table);
        assertTrue(ror >= 16, "entities linked to ROR: " + ror + "\n" + table);
        Map<String, LinkReport.Coverage> byClass = new TreeMap<>();
        report.coverage().forEach(c -> byClass.put(c.className(), c));
        assertTrue(byClass.get("University").linked() >= 5, table.toString());
        assertTrue(byClass.get("Place").linked() >= 8, table.toString());
    }

    @Test
    void theHandCheckedSampleLinksExactlyAsVerified() throws Exception {
        // Each: ROR record (name, id, Wikidata item) or places row (name, item), and the item is that thing.
        Map<String, Set<String>> expected = Map.ofEntries(
                Map.entry("University 上海交通大学", Set.of("https://ror.org/0220qvk04", "http://www.wikidata.org/entity/Q525169")),
                Map.entry("University 清华大学", Set.of("https://ror.org/03cve4549", "http://www.wikidata.org/entity/Q16955")),
                Map.entry("University 复旦大学", Set.of("https://ror.org/013q1eq08", "http://www.wikidata.org/entity/Q495015")),
                Map.entry("University 浙江大学", Set.of("https://ror.org/00a2xv884", "http://www.wikidata.org/entity/Q197543")),
                Map.entry("ResearchInstitute 中国科学院", Set.of("https://ror.org/034t30j35", "http://www.wikidata.org/entity/Q530471")),
                Map.entry("ResearchInstitute 中国工程院", Set.of("https://ror.org/00z3yke57", "http://www.wikidata.org/entity/Q689633")),
                Map.entry("ResearchInstitute 中国科学院上海技术物理研究所", Set.of("https://ror.org/02txedb84")),
                Map.entry("GovernmentBody 科学技术部", Set.of("https://ror.org/027s68j25", "http://www.wikidata.org/entity/Q839875")),
                Map.entry("GovernmentBody 国家自然科学基金委员会", Set.of("https://ror.org/01h0zpd94", "http://www.wikidata.org/entity/Q4501917")),
                Map.entry("GovernmentBody 国家药品监督管理局", Set.of("https://ror.org/002k3wk88", "http://www.wikidata.org/entity/Q50839285")),
                Map.entry("GovernmentBody 上海市科学技术委员会", Set.of("https://ror.org/03kt66j61")),
                Map.entry("Place 浦东新区", Set.of("http://www.wikidata.org/entity/Q125378")),
                Map.entry("Place 上海市", Set.of("http://www.wikidata.org/entity/Q8686")),
                Map.entry("Place 北京市", Set.of("http://www.wikidata.org/entity/Q956")),
                Map.entry("Place 江苏省", Set.of("http://www.wikidata.org/entity/Q16963")),
                Map.entry("Person 习近平", Set.of("http://www.wikidata.org/entity/Q15031")));
        for (var e : expected.entrySet()) {
            String[] key = e.getKey().split(" ");
            assertEquals(e.getValue(), linksOf(key[0], key[1]), e.getKey());
        }
    }

    @Test
    void namesThatDenoteNothingInTheDataStayUnlinked() throws Exception {
        // Parts of a linked university are not the university; people are not linked by a common name;
        // local bodies and the seeds' own centres are in no data file.
        List<String> unlinked = List.of(
                "University 复旦大学计算机科学技术学院", "ResearchInstitute 华东师范大学全球创新与发展研究院",
                "ResearchInstitute 浙江大学上海高等研究院", "ResearchInstitute 李政道研究所",
                "InnovationCentre 长三角国家技术创新中心", "GovernmentBody 上海市委", "Person 李强", "Place 张江");
        for (String s : unlinked) {
            String[] key = s.split(" ");
            assertTrue(exists(key[0], key[1]), "the seed graph has " + s);
            assertEquals(Set.of(), linksOf(key[0], key[1]), s);
        }
    }

    @Test
    void oneLinkedThingHasOneIriAcrossArticles() throws Exception {
        List<QuerySolution> shared = QueryRunner.select(store, """
                SELECT ?x (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e owl:sameAs ?x } }
                GROUP BY ?x HAVING (COUNT(DISTINCT ?e) > 1)""");
        assertEquals(List.of(), shared.stream().map(r -> r.get("x") + " " + r.get("n")).toList());
        // 上海 and 上海市 are written in the seeds; both are names of the one entity.
        assertEquals(1, QueryRunner.select(store, "SELECT DISTINCT ?e WHERE { ?e owl:sameAs wd:Q8686 }").size());
        assertEquals(1, QueryRunner.select(store, "SELECT ?e WHERE { ?e owl:sameAs wd:Q8686 ; skos:altLabel \"上海\"@zh }").size());
    }

    @Test
    void referenceFactsLiveInTheReferenceGraphAndConformToTheShapes() throws Exception {
        Node ref = NodeFactory.createURI(KC.REFERENCE_GRAPH);
        Txn.executeRead(store.dataset(), () -> {
            Graph g = store.dataset().getGraph(ref);
            assertTrue(g.contains(NodeFactory.createURI(KC.RESOURCE_NS + "place/浦东新区"), KC.locatedIn.asNode(),
                    NodeFactory.createURI(KC.RESOURCE_NS + "place/上海市")));
            assertTrue(g.contains(NodeFactory.createURI(KC.RESOURCE_NS + "org/中国科学院上海技术物理研究所"),
                    KC.partOf.asNode(), NodeFactory.createURI(KC.RESOURCE_NS + "org/中国科学院")));
            assertTrue(g.contains(ref, KC.wasDerivedFrom.asNode(), NodeFactory.createURI(KC.PLACES_DATA)));
        });
        // No article says 浦东新区 is in 上海市 in a sentence, so no article graph holds it.
        assertEquals(List.of(), QueryRunner.select(store, """
                SELECT ?g WHERE { GRAPH ?g { <%1$splace/浦东新区> kc:locatedIn <%1$splace/上海市> }
                  FILTER(?g != <%2$s>) }""".formatted(KC.RESOURCE_NS, KC.REFERENCE_GRAPH)));

        List<Node> graphs = new java.util.ArrayList<>(store.articleGraphs().stream().map(NodeFactory::createURI).toList());
        graphs.add(ref);
        ValidationReport v = Txn.calculateRead(store.dataset(), () -> ShaclValidator.get().validate(
                org.apache.jena.shacl.Shapes.parse(Ontology.shapes()), new GraphUnionRead(store.dataset(), graphs)));
        assertTrue(v.conforms(), () -> v.getEntries().toString());
    }
}
