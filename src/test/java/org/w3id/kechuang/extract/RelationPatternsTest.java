package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Relation;

/** Relation patterns of real pages, on sentences of our own (made-up bodies and fields). */
class RelationPatternsTest {

    private static ArticleFacts extract(String title, String... paragraphs) {
        return new HanlpExtractor().extract(new Article("own", title, OffsetDateTime.parse("2024-05-17T09:00:00+08:00"),
                null, "own.txt", List.of(), List.of(), null, List.of(paragraphs)));
    }

    private static boolean has(ArticleFacts f, String s, Relation r, String o) {
        return f.facts().stream().anyMatch(x -> x.relation() == r && x.subject().name().equals(s)
                && x.object().name().equals(o));
    }

    @Test
    void aBodyWorksInTheFieldsWhereItHasResults() {
        ArticleFacts f = extract("", "多年来，吉林大学在超硬材料与高压物理、汽车电子技术、寒区农业等学科方向取得一批重要成果。");
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "吉林大学", Relation.FOCUSES_ON, "超硬材料与高压物理"), dump);
        assertTrue(has(f, "吉林大学", Relation.FOCUSES_ON, "寒区农业"), dump);
    }

    @Test
    void aProspectInSomeFieldsIsNoFocus() {
        ArticleFacts f = extract("", "他表示，吉林大学与长春市在新能源、汽车等领域具有广阔的合作前景。");
        assertFalse(f.facts().stream().anyMatch(x -> x.relation() == Relation.FOCUSES_ON), Fixtures.dump(f));
    }

    @Test
    void theOwnerOfResultsLandingInAPlaceIsNotLocatedThere() {
        ArticleFacts f = extract("", "他表示，将推动中国科学院更多科技成果在长春市落地转化。");
        assertFalse(has(f, "中国科学院", Relation.LOCATED_IN, "长春市"), Fixtures.dump(f));
        // A note in brackets after the name is still the name.
        ArticleFacts g = extract("", "日前，长春新材料研究院（一期）在长春新区开工建设。");
        assertTrue(g.facts().stream().anyMatch(x -> x.relation() == Relation.LOCATED_IN
                && x.object().name().equals("长春新区")), Fixtures.dump(g));
    }
}
