package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Relation;

/** The relation rules on short articles of our own, in other provinces and styles than the seeds. */
class RelationRulesTest {

    private static boolean has(ArticleFacts f, String s, Relation r, String o) {
        return f.facts().stream().anyMatch(x -> x.relation() == r && x.subject().name().equals(s)
                && x.object().name().equals(o));
    }

    private static LocalDate visitDate(ArticleFacts f, String visitor) {
        return f.facts().stream().filter(x -> x.relation() == Relation.VISITOR && x.object().name().equals(visitor))
                .findFirst().orElseThrow().subject().date();
    }

    @Test
    void visitAfterAMeetingTakesTheMeetingsDateWhenTheArticleHasNone() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-jilin"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "赵立明", Relation.VISITED, "吉林大学"), dump);
        assertTrue(has(f, "赵立明", Relation.VISITED, "中国科学院长春应用化学研究所"), dump);
        assertEquals(LocalDate.of(2024, 6, 3), visitDate(f, "赵立明"), dump);
    }

    @Test
    void companionsJoinTheSitesButNotTheExhibitsInspected() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-jilin"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "赵立明", Relation.VISITED, "稀土材料中试装置"), dump);
        assertTrue(has(f, "刘春华", Relation.VISITED, "吉林大学"), dump);
        assertTrue(has(f, "刘春华", Relation.VISITED, "中国科学院长春应用化学研究所"), dump);
        assertFalse(has(f, "刘春华", Relation.VISITED, "稀土材料中试装置"), dump);
        // 陪同 told in the paragraph about one site: that site only.
        assertTrue(has(f, "韩东升", Relation.VISITED, "吉林大学"), dump);
        assertFalse(has(f, "韩东升", Relation.VISITED, "中国科学院长春应用化学研究所"), dump);
    }

    @Test
    void bareReferencesCarryFoundingLocationFocusAndSupport() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-jilin"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "长春新材料研究院", Relation.ESTABLISHED_BY, "吉林省"), dump);
        assertTrue(has(f, "长春新材料研究院", Relation.ESTABLISHED_BY, "吉林大学"), dump);
        assertTrue(has(f, "长春新材料研究院", Relation.LOCATED_IN, "长春新区"), dump);
        // 研究院将聚焦A、B等方向: new field names, the institute by its head word.
        assertTrue(has(f, "长春新材料研究院", Relation.FOCUSES_ON, "稀土功能材料"), dump);
        assertTrue(has(f, "长春新材料研究院", Relation.FOCUSES_ON, "先进高分子"), dump);
        // 吉林将全力支持研究院建设: a province acting.
        assertTrue(has(f, "吉林省人民政府", Relation.SUPPORTS, "长春新材料研究院"), dump);
        assertTrue(f.entities().stream().noneMatch(e -> e.altNames().contains("研究院")), dump);
    }

    @Test
    void approvalsJointFoundingAndSupportGivenToSomething() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-gansu"));
        String dump = Fixtures.dump(f);
        // 批复A牵头承担的B项目: B is approved, not A.
        assertTrue(has(f, "国家自然科学基金委员会", Relation.SUPPORTS, "高原大气环境基础科学中心"), dump);
        assertFalse(has(f, "国家自然科学基金委员会", Relation.SUPPORTS, "兰州大学"), dump);
        // 该中心…联合A、B共同组建，聚焦…
        assertTrue(has(f, "高原大气环境基础科学中心", Relation.ESTABLISHED_BY, "西北师范大学"), dump);
        assertTrue(has(f, "高原大气环境基础科学中心", Relation.FOCUSES_ON, "冰冻圈科学"), dump);
        assertTrue(has(f, "甘肃省科学技术厅", Relation.SUPPORTS, "高原大气环境基础科学中心"), dump);
        // The ceremony names the institute 研究院 refers to; 参与共建 adds a founder.
        assertTrue(has(f, "甘肃省黄河流域生态研究院", Relation.ESTABLISHED_BY, "甘肃省人民政府"), dump);
        assertTrue(has(f, "甘肃省黄河流域生态研究院", Relation.ESTABLISHED_BY, "甘肃电气装备集团有限公司"), dump);
        // X已获Y批复立项.
        assertTrue(has(f, "国家发展和改革委员会", Relation.SUPPORTS, "西北超算中心"), dump);
        // 省里 is the province of the article; a province that acts is its government.
        assertTrue(has(f, "甘肃省人民政府", Relation.SUPPORTS, "甘肃省黄河流域生态研究院"), dump);
    }

    @Test
    void awardGiversSpeakersOrganisationsSubordinatesAndSignedFoundings() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-hunan"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "秦国文", Relation.ATTENDED, "2024年湖南省科技创新大会"), dump);
        // 副部长陈立新表示，将支持长沙…: the ministry supports.
        assertTrue(has(f, "工业和信息化部", Relation.SUPPORTS, "长沙市"), dump);
        assertTrue(has(f, "湘江实验室", Relation.PART_OF, "湖南省科学技术厅"), dump);
        assertTrue(has(f, "粉末冶金研究院", Relation.PART_OF, "中南大学"), dump);
        assertTrue(has(f, "湘江智能计算中心", Relation.ESTABLISHED_BY, "长沙市"), dump);
        assertTrue(has(f, "湘江智能计算中心", Relation.ESTABLISHED_BY, "中南大学"), dump);
        // A verb phrase in a list is no field; new field names are.
        assertTrue(has(f, "湘江实验室", Relation.FOCUSES_ON, "智能感知"), dump);
        assertFalse(f.facts().stream().anyMatch(x -> x.object().name().equals("推动人工智能")), dump);
    }
}
