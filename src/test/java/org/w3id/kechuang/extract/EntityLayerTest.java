package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People, posts and short forms across one article of our own (not a seed, not a gold article). */
class EntityLayerTest {

    private static String dump;

    @BeforeAll
    static void extract() {
        dump = Fixtures.dump(new HanlpExtractor().extract(Fixtures.article("other-references")));
    }

    @Test
    void aShortFormTheArticleSpellsOutIsTheFullOrganisation() {
        assertTrue(dump.contains("P 陈明远 | 校长 | 吉林大学 |"), dump);
        assertTrue(dump.contains("P 孙海涛 | 副校长 | 吉林大学 |"), dump);
    }

    @Test
    void aBareSuffixBeforeATitleRefersBackToTheOrganisationNamedBefore() {
        assertTrue(dump.contains("P 郑文斌 | 所长 | 长春光学精密机械与物理研究所 |"), dump);
    }

    @Test
    void aBareSuffixWithNoMatchingOrganisationGivesNoOrganisation() {
        assertFalse(dump.contains("P 王立新 | 主任 | 长春"), dump);
        assertFalse(dump.contains("P 王立新 | 主任 | 吉林"), dump);
    }

    @Test
    void fieldsOfAListAndNoPersonFromTheByline() {
        assertTrue(dump.contains("E FIELD 光电子器件"), dump);
        assertTrue(dump.contains("E FIELD 激光技术"), dump);
        assertFalse(dump.contains("刘冬梅"), dump);
    }

    @Test
    void aNationalKeyLabNamedAfterItsHostIsOneLab() {
        assertTrue(dump.contains("E RESEARCH_INSTITUTE 超分子结构与材料国家重点实验室"), dump);
    }

    @Test
    void aSurnameAndATitleStandForThePersonNamedWithThatTitle() {
        HanlpExtractor x = new HanlpExtractor();
        java.util.List<AnalyzedSentence> ss = x.analyze(Fixtures.article("other-references"));
        AliasResolver r = new AliasResolver(Gazetteer.shared());
        assertTrue(r.resolve(ss, r.dominantPlaces(ss)).stream().flatMap(s -> s.mentions().stream())
                .anyMatch(m -> m.text().equals("周副省长") && "周立群".equals(m.canonical())));
    }

    @Test
    void aFormerPostIsNoPostAndABareCityBodyOutsideAnyCityIsDropped() {
        String d = Fixtures.dump(new HanlpExtractor().extract(Fixtures.article("other-province")));
        assertFalse(d.contains("P 邱海涛"), d);
        assertFalse(d.contains("北京市委"), d);
        assertFalse(d.contains("E GOVERNMENT_BODY 市委"), d);
        assertTrue(d.contains("P 毛立明 | 省长 | 湖南省 |"), d);
    }
}
