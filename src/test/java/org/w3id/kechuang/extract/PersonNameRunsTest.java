package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.EntityType;

/** Person names HanLP cut into pieces beside a title, on sentences written for the test. */
class PersonNameRunsTest {

    private static ArticleFacts read(String... paragraphs) {
        Article a = new Article("t", "", null, null, "t.txt", List.of(), List.of(), null, List.of(paragraphs));
        return new HanlpExtractor().extract(a);
    }

    private static boolean person(ArticleFacts f, String name) {
        return f.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(name));
    }

    @Test
    void aNameBetweenATitleAndABreakIsWhole() {
        ArticleFacts f = read("某某研究院院长张华，副院长、纪委书记祝长生，办公室主任刘洋出席。");
        String dump = Fixtures.dump(f);
        assertTrue(person(f, "祝长生"), dump);
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("祝长")), dump);
    }

    @Test
    void aNameBeforeATitleAfterAnOrganisationIsWholeAndHeldThere() {
        ArticleFacts f = read("参加会议的有北京大学荣廷昭院士、南京大学王立新教授。");
        String dump = Fixtures.dump(f);
        assertTrue(person(f, "荣廷昭"), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("王立新") && p.title().equals("教授")
                && p.organization() != null && p.organization().name().equals("南京大学")), dump);
    }

    @Test
    void aNameNeverTakesInTheWordAfterIt() {
        ArticleFacts f = read("会上，所长丁雷说，研究所将继续推进合作。");
        String dump = Fixtures.dump(f);
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("丁雷说")), dump);
    }

    @Test
    void aPersonHasTheLongestNameTheArticleGives() {
        ArticleFacts f = read("中国科学院副院长施尔畏出席会议。", "会后，施尔畏参观了实验室。");
        String dump = Fixtures.dump(f);
        assertTrue(person(f, "施尔畏"), dump);
        assertTrue(f.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON && e.name().equals("施尔")),
                dump);
    }

    @Test
    void anOrganisationSpokenForByAPersonStartsAfter代表() {
        ArticleFacts f = read("副市长张明华代表南京市人民政府致辞，校长李国强代表清华大学签约。");
        String dump = Fixtures.dump(f);
        assertTrue(f.entities().stream().noneMatch(e -> e.name().contains("代表")), dump);
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("南京市人民政府")), dump);
    }

    @Test
    void aNameNeverTakesInTheConjunctionAfterIt() {
        ArticleFacts f = read("听取了学院执行院长陆卫及相关负责人的汇报。", "会上，所长王斌及科研人员介绍了进展。");
        String dump = Fixtures.dump(f);
        assertTrue(f.entities().stream().noneMatch(e -> e.name().endsWith("及")), dump);
        assertTrue(person(f, "王斌"), dump);
    }

    @Test
    void aNameWithAnInterpunctIsWhole() {
        ArticleFacts f = read("市政府领导阿不都热合曼·买买提、李明陪同调研。", "国际组织执行秘书罗伯特.麦克古斯致辞。");
        String dump = Fixtures.dump(f);
        assertTrue(person(f, "阿不都热合曼·买买提"), dump);
        assertTrue(person(f, "罗伯特.麦克古斯"), dump);
    }

    @Test
    void aPlacesConsultativeConferenceIsAGovernmentBody() {
        ArticleFacts f = read("湖南省政协主席张明、株洲市政协副主席李华陪同调研。");
        String dump = Fixtures.dump(f);
        assertTrue(f.entities().stream().anyMatch(e -> e.type() == EntityType.GOVERNMENT_BODY
                && e.name().equals("湖南省政协")), dump);
        assertTrue(f.entities().stream().anyMatch(e -> e.type() == EntityType.GOVERNMENT_BODY
                && e.name().equals("株洲市政协")), dump);
    }
}
