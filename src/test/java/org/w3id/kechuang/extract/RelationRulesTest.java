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
    void aDelegationVisitsTogetherAndIsNamedLaterByWhatItIsCalled() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-delegation"));
        String dump = Fixtures.dump(f);
        // 甲、乙等一行到某大学调研: every member named before 一行 visited.
        assertTrue(has(f, "陈立新", Relation.VISITED, "兰州大学"), dump);
        assertTrue(has(f, "马海涛", Relation.VISITED, "兰州大学"), dump);
        // 调研组一行先后考察了A、(a name not recognised)、C: the delegation at every site the list names.
        assertTrue(has(f, "马海涛", Relation.VISITED, "中国科学院兰州化学物理研究所"), dump);
        assertTrue(has(f, "陈立新", Relation.VISITED, "甘肃省科学院"), dump);
        // A host who accompanied it came along to the later sites too.
        assertTrue(has(f, "周文斌", Relation.VISITED, "甘肃省科学院"), dump);
        // …参加。 with no meeting since: joined the visit.
        assertTrue(has(f, "杨建军", Relation.VISITED, "甘肃省科学院"), dump);
        // 陈某一行还考察了…: the leader with those who came along, not the hosts who joined on the way.
        assertTrue(has(f, "马海涛", Relation.VISITED, "兰州理工大学"), dump);
        assertFalse(has(f, "周文斌", Relation.VISITED, "兰州理工大学"), dump);
        // 7月2日至3日 opens the range; 3日上午 dates the second day.
        assertEquals(LocalDate.of(2024, 7, 2), visitDate(f, "周文斌"), dump);
        assertEquals(LocalDate.of(2024, 7, 3), visitDate(f, "杨建军"), dump);
    }

    @Test
    void anEscortedVisitAndEventsDatedByTheOpeningDateline() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-escorted"));
        String dump = Fixtures.dump(f);
        // 甲在乙的陪同下来到某大学: both visited; the dateline lost its 月 (1116日).
        assertTrue(has(f, "郑卫东", Relation.VISITED, "宁夏大学"), dump);
        assertTrue(has(f, "韩志刚", Relation.VISITED, "宁夏大学"), dump);
        assertEquals(LocalDate.of(2023, 11, 16), visitDate(f, "郑卫东"), dump);
        // A ceremony told later without a date took place on the day the article opens with.
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("签约仪式")
                && LocalDate.of(2023, 11, 16).equals(e.date())), dump);
        // A visit cited (考察时和…重要讲话精神) or wished for (希望…走进) is not reported.
        assertFalse(f.facts().stream().anyMatch(x -> x.relation() == Relation.VISITED
                && (x.object().name().equals("宁夏回族自治区") || x.object().name().equals("银川市"))), dump);
    }

    @Test
    void comingToTheSchoolIsVisitingThePagesOwnUniversity() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-selfsite"));
        String dump = Fixtures.dump(f);
        // 来校调研: the university the article names most.
        assertTrue(has(f, "周立华", Relation.VISITED, "西北农林科技大学"), dump);
        assertTrue(has(f, "林晓东", Relation.VISITED, "西北农林科技大学"), dump);
        assertEquals(LocalDate.of(2024, 4, 10), visitDate(f, "林晓东"), dump);
        // 校党委书记…参加调研活动: the school's own people received the visit.
        assertFalse(has(f, "王建华", Relation.VISITED, "西北农林科技大学"), dump);
    }

    @Test
    void aDelegationToldWithoutASiteVisitsTheSitesToldLater() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-party"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "刘振国", Relation.VISITED, "青海大学"), dump);
        assertTrue(has(f, "孙明远", Relation.VISITED, "青海大学"), dump);
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
