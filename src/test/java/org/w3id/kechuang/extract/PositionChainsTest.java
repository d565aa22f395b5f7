package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Relation;

/** Organisation–title–name chains on sentences written for the test. */
class PositionChainsTest {

    private static ArticleFacts read(String... paragraphs) {
        Article a = new Article("t", "", null, null, "t.txt", List.of(), List.of(), null, List.of(paragraphs));
        return new HanlpExtractor().extract(a);
    }

    private static boolean holds(ArticleFacts f, String person, String title, String org) {
        return f.positions().stream().anyMatch(p -> p.person().name().equals(person) && p.title().equals(title)
                && (org == null ? p.organization() == null
                        : p.organization() != null && p.organization().name().equals(org)));
    }

    /** The article read from these paragraphs states that the person holds the title in the organisation. */
    private static void assertHolds(String person, String title, String org, String... paragraphs) {
        ArticleFacts f = read(paragraphs);
        assertTrue(holds(f, person, title, org), Fixtures.dump(f));
    }

    @Test
    void aListCarriesItsOrganisationAcrossCommas() {
        ArticleFacts f = read("江南理工大学党委书记张伟明，党委副书记、校长李振华，副校长王海涛出席会议。");
        String dump = Fixtures.dump(f);
        assertTrue(holds(f, "李振华", "校长", "江南理工大学"), dump);
        assertTrue(holds(f, "李振华", "党委副书记", "江南理工大学"), dump);
        assertTrue(holds(f, "王海涛", "副校长", "江南理工大学"), dump);
    }

    @Test
    void aUnitWrittenOutUnderANamedBodyIsTheOrganisation() {
        ArticleFacts f = read("国家药品监督总局审评规划司副司长赵明辉、处长钱立新到会指导。",
                "云南省科技厅成果转化规划处处长周立新到会。");
        String dump = Fixtures.dump(f);
        assertTrue(holds(f, "赵明辉", "副司长", "国家药品监督总局审评规划司"), dump);
        assertTrue(f.facts().stream().anyMatch(x -> x.relation() == Relation.PART_OF
                && x.subject().name().equals("国家药品监督总局审评规划司")
                && x.object().name().equals("国家药品监督总局")), dump);
        assertTrue(holds(f, "周立新", "处长", "云南省科技厅成果转化规划处"), dump);
    }

    @Test
    void anInstitutionNamingItselfIsTheOneTheArticleIsAbout() {
        assertHolds("孙志强", "校长", "江南理工大学",
                "我校校长孙志强出席开幕式。", "江南理工大学与企业签署合作协议。", "江南理工大学将继续推进合作。");
    }

    @Test
    void namesListedAfterATitleShareIt() {
        ArticleFacts f = read("国务院参事周国平、吴建军、郑晓明来访。");
        String dump = Fixtures.dump(f);
        assertTrue(holds(f, "周国平", "参事", "国务院"), dump);
        assertTrue(holds(f, "吴建军", "参事", "国务院"), dump);
        assertTrue(holds(f, "郑晓明", "参事", "国务院"), dump);
    }

    @Test
    void aPartyCommitteesPostsInsideAnInstitutionAreTheInstitutions() {
        ArticleFacts f = read("江南理工大学党委常委、副校长冯志远出席。");
        String dump = Fixtures.dump(f);
        assertTrue(holds(f, "冯志远", "党委常委", "江南理工大学"), dump);
        assertTrue(holds(f, "冯志远", "副校长", "江南理工大学"), dump);
    }

    @Test
    void aBracketedAsideStandsBetweenACompanyAndItsTitle() {
        assertHolds("陈立伟", "总经理", "华东精密仪器有限公司",
                "华东精密仪器有限公司（以下简称“华东精密”）总经理陈立伟陪同考察。");
    }

    @Test
    void aHeadsTitleAcrossACommaKeepsOnlyAnOrganisationItFits() {
        ArticleFacts f = read("江南省科技厅厅长赵明辉，校长李振华出席。");
        String dump = Fixtures.dump(f);
        assertTrue(f.positions().stream().noneMatch(p -> p.person().name().equals("李振华")
                && p.organization() != null && p.organization().name().contains("科技厅")), dump);
    }

    @Test
    void aClauseBeforeAWrittenOutNameIsCutOff() {
        assertHolds("赵明辉", "司长", "国家药品监督总局审评规划司",
                "出席开幕式的还有国家药品监督总局审评规划司司长赵明辉。");
    }

    @Test
    void aTitleWordNamingAUnitIsNoPost() {
        assertHolds("钱立新", "主任", "市政府参事室",
                "市政府参事室党组书记、主任钱立新出席。");
    }

    @Test
    void aSchoolsHeadNamedAloneHeadsTheArticlesUniversity() {
        assertHolds("孙志强", "校长", "江南理工大学",
                "江南理工大学与某市签署合作协议。", "在省领导见证下，校长孙志强与副市长代表双方签约。");
    }

    @Test
    void aUnitEndingReadAsAParticleStillEndsTheName() {
        assertHolds("付立新", "所长", "院环境监测所", "研究院党委书记张伟明、院环境监测所所长付立新出席。");
    }

    @Test
    void aShortTitleAfterTheNameIsTheSamePost() {
        ArticleFacts f = read("江南理工大学党委书记张伟明出席。", "张伟明书记表示，学校将继续推进合作。");
        assertTrue(f.positions().stream().noneMatch(p -> p.person().name().equals("张伟明") && p.title().equals("书记")),
                Fixtures.dump(f));
    }

    @Test
    void aPlacesCommitteeOpeningATitleHoldsThePost() {
        assertHolds("王立新", "书记", "滨江高新区党工委", "滨江高新区党工委书记王立新出席签约仪式。");
    }
}
