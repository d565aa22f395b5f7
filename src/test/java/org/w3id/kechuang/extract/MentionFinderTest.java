package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.ProjectDictionary;
import org.w3id.kechuang.nlp.Segmenter;

class MentionFinderTest {

    private static Segmenter segmenter;
    private static MentionFinder finder;

    @BeforeAll
    static void setUp() {
        ProjectDictionary.installOnce(Gazetteer.shared().dictionaryWords());
        segmenter = new Segmenter();
        finder = new MentionFinder(Gazetteer.shared());
    }

    private static List<Mention> find(String s) {
        return finder.find(s, segmenter.tokens(s)).mentions();
    }

    private static Optional<Mention> named(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    @Test
    void organisationNeverSwallowsTheVerbBeforeIt() {
        List<Mention> ms = find("市委书记李强今天下午在调研李政道研究所、长三角国家技术创新中心时指出");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("调研")), ms.toString());
        assertEquals(EntityType.RESEARCH_INSTITUTE, named(ms, "李政道研究所").orElseThrow().type());
        assertEquals(EntityType.INNOVATION_CENTRE, named(ms, "长三角国家技术创新中心").orElseThrow().type());
    }

    @Test
    void separatesTwoOrganisationsAroundAVerb() {
        List<Mention> ms = find("在上海交通大学成立的李政道研究所，目前正在浦东张江稳步推进实验平台建设");
        assertEquals(EntityType.UNIVERSITY, named(ms, "上海交通大学").orElseThrow().type());
        assertTrue(named(ms, "李政道研究所").isPresent());
    }

    @Test
    void nestedNameIsOneOrganisationPartOfTheFirst() {
        Mention m = named(find("浙江大学上海高等研究院是新型研发机构"), "浙江大学上海高等研究院").orElseThrow();
        assertEquals("浙江大学", m.partOf());
        Mention d = named(find("复旦大学计算机科学技术学院博士生说"), "复旦大学计算机科学技术学院").orElseThrow();
        assertEquals("复旦大学", d.partOf());
    }

    @Test
    void quotedNamesAndShortFormsResolve() {
        assertEquals(EntityType.FACILITY, named(find("李强登上“雪龙号”极地考察破冰船"), "雪龙号").orElseThrow().type());
        assertEquals(EntityType.PROGRAMME, named(find("拓展“探索者计划”，引导企业"), "探索者计划").orElseThrow().type());
        Mention most = named(find("科技部副部长李萌表示"), "科技部").orElseThrow();
        assertEquals("科学技术部", most.canonical());
        assertEquals(EntityType.GOVERNMENT_BODY, most.type());
    }

    @Test
    void peopleAfterTitlesAndInListsEvenWhenHanlpMissesThem() {
        List<Mention> ms = find("国家发展改革委副主任相里斌、科技部副部长林新出席。市领导诸葛宇杰、朱芝松、刘多参加。");
        for (String p : List.of("相里斌", "林新", "诸葛宇杰", "朱芝松", "刘多")) {
            assertEquals(EntityType.PERSON, named(ms, p).orElseThrow(() -> new AssertionError(p + " in " + ms)).type());
        }
    }

    @Test
    void genericPhrasesAreNotOrganisations() {
        List<Mention> ms = find("加快建设具有全球影响力的科技创新中心和国家实验室");
        assertTrue(ms.stream().noneMatch(m -> m.type().isOrganization()), ms.toString());
    }

    @Test
    void itemsOfAListClosedByAFieldNounAreFields() {
        List<Mention> ms = find("研究中心将聚焦海洋遥感、深海装备和极地生态等前沿领域开展攻关");
        for (String f : List.of("海洋遥感", "深海装备", "极地生态")) {
            assertEquals(EntityType.FIELD, named(ms, f).orElseThrow(() -> new AssertionError(f + " " + ms)).type());
        }
        List<Mention> two = find("该所主攻作物育种、土壤修复两大方向");
        assertTrue(named(two, "作物育种").isPresent() && named(two, "土壤修复").isPresent(), two.toString());
    }

    @Test
    void aListWithoutACountOrFocusVerbIsNotAListOfFields() {
        List<Mention> ms = find("打造人才引育高地、交叉学科研究范式");
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.FIELD), ms.toString());
        List<Mention> cluster = find("加快培育世界级高端产业集群");
        assertTrue(cluster.stream().noneMatch(m -> m.type() == EntityType.FIELD), cluster.toString());
    }

    @Test
    void aKnownFieldWordInPassingIsNotAField() {
        List<Mention> ms = find("重点开展大规模储能装备研发和成果转化");
        assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.FIELD), ms.toString());
    }

    @Test
    void aCampusInBracketsIsPartOfTheUniversityName() {
        List<Mention> ms = find("该院由北京师范大学（珠海）与珠海市人民政府共同组建");
        Mention u = ms.stream().filter(m -> m.type() == EntityType.UNIVERSITY).findFirst().orElseThrow();
        assertEquals("北京师范大学（珠海）", u.text(), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("珠海")), ms.toString());
    }

    @Test
    void twoBodiesWrittenTogetherAreTwoMentions() {
        List<Mention> ms = find("市委市政府将全力支持实验室建设");
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("市委市政府")), ms.toString());
        assertTrue(named(ms, "市政府").isPresent(), ms.toString());
    }

    @Test
    void aFieldListSurvivesVerbsInsideNamesButNotTheVerbGoverningIt() {
        List<Mention> ms = find("实验室聚焦智能感知、智能计算和智能系统等方向");
        assertTrue(named(ms, "智能感知").isPresent(), ms.toString());
        List<Mention> gov = find("要加快发展人工智能、生物医药等产业");
        assertTrue(named(gov, "人工智能").isPresent(), gov.toString());
        assertTrue(gov.stream().noneMatch(m -> m.text().contains("发展")), gov.toString());
    }

    @Test
    void aPersonSpeakingForABodyIsNotPartOfItsName() {
        List<Mention> ms = find("张三代表江苏省人民政府与李四代表某某大学签署协议");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("代表")), ms.toString());
        assertTrue(named(ms, "江苏省人民政府").isPresent(), ms.toString());
    }

    @Test
    void aUniversityCampusIsOneSiteOfTheUniversity() {
        Mention m = named(find("双方在南京艺术学院江宁校区举行签约仪式"), "南京艺术学院江宁校区").orElseThrow();
        assertEquals(EntityType.PLACE, m.type());
        assertEquals("武汉理工大学",
                named(find("双方在武汉理工大学南湖校区举行签约仪式"), "武汉理工大学南湖校区").orElseThrow().partOf());
        // Across 和 the place is another item of a list, not the site of the institute before it.
        List<Mention> ms = find("由无锡市产业技术研究院和无锡高新区共同建设");
        assertTrue(ms.stream().noneMatch(x -> x.text().contains("和")), ms.toString());
    }

    @Test
    void nationalKeyLabsBranchesAndJointLabsAreNamedWhole() {
        assertEquals(EntityType.RESEARCH_INSTITUTE,
                named(find("测绘地理信息全国重点实验室主任张三介绍"), "测绘地理信息全国重点实验室").orElseThrow().type());
        assertTrue(named(find("大连化学物理研究所青岛分所与企业签约"), "大连化学物理研究所青岛分所").isPresent());
        List<Mention> ms = find("某某大学团队城市固废综合利用联合实验室揭牌");
        assertTrue(ms.stream().noneMatch(x -> x.text().contains("团队")), ms.toString());
    }

    @Test
    void adverbsAndOurUniversityStayOutsideNames() {
        List<Mention> ms = find("学校组织专家深入某某市实验室调研");
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("深入")), ms.toString());
        List<Mention> ours = find("我校材料研究院院长张三介绍");
        assertTrue(ours.stream().noneMatch(m -> m.text().contains("我校")), ours.toString());
    }
}
