package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Sentence;
import org.w3id.kechuang.nlp.SentenceSplitter;

/** One test per relation type on the seed articles' text, asserting the real facts. */
class SeedExtractionTest {

    private static final Map<String, ArticleFacts> FACTS = new ConcurrentHashMap<>();

    @BeforeAll
    static void extractSeeds() {
        HanlpExtractor x = new HanlpExtractor();
        for (String n : List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004")) {
            FACTS.put(n, x.extract(Fixtures.article(n)));
        }
    }

    private static Optional<Fact> fact(String seed, String subject, Relation r, String object) {
        return FACTS.get(seed).facts().stream().filter(f -> f.relation() == r && f.subject().name().equals(subject)
                && f.object().name().equals(object)).findFirst();
    }

    private static Fact assertFact(String seed, String subject, Relation r, String object) {
        return fact(seed, subject, r, object).orElseThrow(() -> new AssertionError(
                subject + " " + r + " " + object + " not in " + seed + ":\n" + Fixtures.dump(FACTS.get(seed))));
    }

    private static Position position(String seed, String person, String title) {
        return FACTS.get(seed).positions().stream().filter(p -> p.person().name().equals(person)
                && p.title().equals(title)).findFirst().orElseThrow(() -> new AssertionError(
                person + " " + title + " not in " + seed + ":\n" + Fixtures.dump(FACTS.get(seed))));
    }

    @Test
    void visitedWithDateAndBothSites() {
        Fact f = assertFact("seed-000", "李强", Relation.VISITED, "李政道研究所");
        assertTrue(f.evidence().contains("调研李政道研究所"));
        assertFact("seed-000", "李强", Relation.VISITED, "长三角国家技术创新中心");
        Entity visit = FACTS.get("seed-000").facts().stream().filter(x -> x.relation() == Relation.VISITOR
                && x.object().name().equals("李强")).findFirst().orElseThrow().subject();
        assertEquals(EntityType.VISIT, visit.type());
        assertEquals(LocalDate.of(2022, 2, 21), visit.date());
        assertFact("seed-000", visit.name(), Relation.SITE, "李政道研究所");
        // Those who 参加相关调研 were on the visit.
        assertFact("seed-000", "林忠钦", Relation.VISITED, "李政道研究所");
        assertFact("seed-001", "李强", Relation.VISITED, "雪龙号");
        assertFact("seed-002", "习近平", Relation.VISITED, "上海科技创新成果展");
    }

    @Test
    void neverAnOrganisationNamedWithTheVerb() {
        for (ArticleFacts f : FACTS.values()) {
            assertTrue(f.entities().stream().noneMatch(e -> e.name().startsWith("调研")
                    || e.altNames().stream().anyMatch(a -> a.startsWith("调研"))));
        }
    }

    @Test
    void positionsWithSharedAndPlaceScopedOrganisations() {
        assertEquals("上海市委", position("seed-000", "李强", "书记").organization().name());
        assertEquals("上海交通大学", position("seed-000", "杨振斌", "党委书记").organization().name());
        assertEquals("上海交通大学", position("seed-000", "林忠钦", "校长").organization().name());
        assertEquals(LocalDate.of(2022, 2, 21), position("seed-000", "林忠钦", "校长").asOf());
        assertEquals("上海市委", position("seed-003", "龚正", "副书记").organization().name());
        Position mayor = position("seed-003", "龚正", "市长");
        assertEquals("上海市", mayor.organization().name());
        assertEquals(EntityType.PLACE, mayor.organization().type());
        Position minister = position("seed-003", "阴和俊", "部长");
        assertEquals("科学技术部", minister.organization().name());
        assertTrue(minister.organization().altNames().contains("科技部"));
        assertEquals("国家发展和改革委员会", position("seed-003", "相里斌", "副主任").organization().name());
        assertEquals("中国科学院", position("seed-002", "丁奎岭", "院士").organization().name());
        assertEquals("上海交通大学", position("seed-002", "丁奎岭", "校长").organization().name());
        assertNull(position("seed-002", "丁奎岭", "校长").asOf(), "seed 002 has no date");
        assertNull(position("seed-000", "张杰", "院士").organization());
        assertEquals("李政道研究所", position("seed-000", "张杰", "所长").organization().name());
        assertEquals("上海市", position("seed-004", "吴清", "副市长").organization().name());
    }

    @Test
    void meetingAttendeesChairAndPlace() {
        String meeting = "2025年部市共建上海国际科技创新中心工作推进会";
        assertFact("seed-003", "陈吉宁", Relation.ATTENDED, meeting);
        assertFact("seed-003", "阴和俊", Relation.ATTENDED, meeting);
        assertFact("seed-003", "相里斌", Relation.ATTENDED, meeting);
        assertFact("seed-003", "龚正", Relation.CHAIRED, meeting);
        assertFact("seed-003", "中央组织部", Relation.ATTENDED, meeting);
        assertFact("seed-003", "丁奎岭", Relation.ATTENDED, meeting);
        assertFact("seed-003", meeting, Relation.LOCATED_IN, "上海市");
        Entity m = assertFact("seed-003", "龚正", Relation.CHAIRED, meeting).object();
        assertEquals(EntityType.MEETING, m.type());
        assertEquals(LocalDate.of(2025, 7, 27), m.date());
        assertFalse(fact("seed-003", "陈吉宁", Relation.CHAIRED, meeting).isPresent());
    }

    @Test
    void supports() {
        assertFact("seed-004", "科学技术部", Relation.SUPPORTS, "上海市");
        assertTrue(FACTS.get("seed-004").facts().stream().anyMatch(f -> f.relation() == Relation.SUPPORTS
                && f.subject().name().equals("科学技术部") && f.evidence().startsWith("科技部将支持上海聚焦")));
        assertFact("seed-004", "科学技术部", Relation.SUPPORTS, "浦江论坛");
        assertFact("seed-004", "科学技术部", Relation.SUPPORTS, "世界人工智能大会");
    }

    @Test
    void locatedIn() {
        assertTrue(assertFact("seed-000", "长三角国家技术创新中心", Relation.LOCATED_IN, "张江").evidence().contains("挂牌"));
        assertFact("seed-002", "上海科技创新成果展", Relation.LOCATED_IN, "张江科学城");
    }

    @Test
    void establishedBy() {
        assertFact("seed-001", "上海清华国际创新中心", Relation.ESTABLISHED_BY, "清华大学");
        assertFact("seed-001", "上海清华国际创新中心", Relation.ESTABLISHED_BY, "上海市");
        assertFact("seed-000", "长三角国家技术创新中心", Relation.ESTABLISHED_BY, "上海长三角技术创新研究院");
        assertFalse(fact("seed-000", "长三角国家技术创新中心", Relation.ESTABLISHED_BY, "江苏省").isPresent());
        assertFact("seed-001", "浙江大学上海高等研究院", Relation.ESTABLISHED_BY, "浙江大学");
    }

    @Test
    void abbreviationsAndShortFormsBecomeAltNamesOfOneEntity() {
        Entity sitp = FACTS.get("seed-002").entities().stream()
                .filter(e -> e.name().equals("中国科学院上海技术物理研究所")).findFirst().orElseThrow();
        assertTrue(sitp.altNames().contains("上海技物所"), sitp.toString());
        Entity most = FACTS.get("seed-004").entities().stream()
                .filter(e -> e.name().equals("科学技术部")).findFirst().orElseThrow();
        assertTrue(most.altNames().contains("科技部"));
        assertEquals(1, FACTS.get("seed-000").entities().stream().filter(e -> e.name().contains("市委")).count());
    }

    @Test
    void partOf() {
        assertFact("seed-001", "浙江大学上海高等研究院", Relation.PART_OF, "浙江大学");
        assertFact("seed-002", "中国科学院上海技术物理研究所", Relation.PART_OF, "中国科学院");
        assertFact("seed-002", "复旦大学计算机科学技术学院", Relation.PART_OF, "复旦大学");
        assertFact("seed-000", "李政道研究所", Relation.PART_OF, "上海交通大学");
    }

    @Test
    void focusesOn() {
        assertFact("seed-001", "上海清华国际创新中心", Relation.FOCUSES_ON, "集成电路");
        Fact f = assertFact("seed-001", "上海清华国际创新中心", Relation.FOCUSES_ON, "人工智能");
        assertEquals(EntityType.FIELD, f.object().type());
    }

    @Test
    void everyFactHasItsEntitiesListedAndABodySentenceAsEvidence() {
        SentenceSplitter splitter = new SentenceSplitter();
        for (ArticleFacts f : FACTS.values()) {
            Set<String> sentences = new HashSet<>();
            for (String p : f.article().paragraphs()) {
                splitter.split(p).stream().map(Sentence::text).forEach(sentences::add);
            }
            Set<String> keys = new HashSet<>();
            f.entities().forEach(e -> keys.add(e.key()));
            for (Fact x : f.facts()) {
                assertTrue(keys.contains(x.subject().key()), x.toString());
                assertTrue(keys.contains(x.object().key()), x.toString());
                assertTrue(sentences.contains(x.evidence()), x.evidence());
            }
            for (Position p : f.positions()) {
                assertTrue(keys.contains(p.person().key()));
                assertTrue(p.organization() == null || keys.contains(p.organization().key()));
            }
        }
        assertTrue(FACTS.get("seed-001").entities().stream().anyMatch(e -> e.name().equals("浙江大学")));
    }
}
