package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Relation;

/** A relation stated by a rule file alone: A与B + trigger, subject and object within the relation's schema. */
class PairRuleTest {
    /** A rule file as a new relation would ship it; partOf stands in for the new relation's constant. */
    private static final RuleFile SIGNS = RuleFile.parse("test", List.of(
            "# Test rules: A与B签署…协议.",
            "mechanism\tpair",
            "trigger\t签署",
            "trigger\t签订",
            "connective\t与",
            "connective\t和",
            "between\t(正式|共同)?",
            "after\t[^，,。；;]*(协议|备忘录)"));

    private static List<Fact> facts(String body) {
        HanlpExtractor x = new HanlpExtractor();
        Article a = new Article("t", "", null, null, "t", List.of(), List.of(), null, List.of(body));
        EntityTable table = new EntityTable();
        ArticleContext ctx = new ArticleContext(Gazetteer.shared(), table, null, null);
        PairRule rule = new PairRule(Relation.PART_OF, SIGNS);
        x.analyze(a).forEach(s -> rule.apply(s, ctx));
        return table.build(null).facts();
    }

    @Test
    void aAndBSigningAnAgreementIsAFactOfTheRelation() {
        List<Fact> f = facts("清华大学与北京大学正式签署战略合作协议。");
        assertEquals(1, f.size(), f.toString());
        assertEquals("清华大学", f.get(0).subject().name());
        assertEquals(Relation.PART_OF, f.get(0).relation());
        assertEquals("北京大学", f.get(0).object().name());
    }

    @Test
    void noAgreementAfterTheTriggerOrNoConnectiveIsNoFact() {
        assertTrue(facts("清华大学与北京大学签署了意见。").isEmpty());
        assertTrue(facts("清华大学在北京大学签署合作协议。").isEmpty());
    }
}
