package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;

/** An article of our own about other people and places, thread confinement and speed. */
class GeneralityTest {

    private static final List<String> OTHER = List.of(
            "教育部副部长王光彦昨天（5月16日）在四川大学调研，考察了华西医院和四川大学高分子研究所。",
            "四川省委书记王晓晖、四川大学党委书记甘霖参加相关调研。",
            "由四川省与中国科学院共同组建的天府实验室，聚焦生物医药、新材料等领域。",
            "中国科学院成都生物研究所所长赵新全院士表示，天府实验室位于成都高新区。",
            "会上，2024年成渝科技创新合作推进会在蓉举行。省长黄强主持会议，科技部副部长陈家昌出席会议并讲话。");

    static Article other() {
        return new Article("other", "", OffsetDateTime.parse("2024-05-17T09:00:00+08:00"), null, "other.txt",
                List.of(), List.of(), null, OTHER);
    }

    private static boolean has(ArticleFacts f, String s, Relation r, String o) {
        return f.facts().stream().anyMatch(x -> x.relation() == r && x.subject().name().equals(s)
                && x.object().name().equals(o));
    }

    @Test
    void otherPeopleAndInstitutionsInAnotherProvince() {
        ArticleFacts f = new HanlpExtractor().extract(other());
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "王光彦", Relation.VISITED, "四川大学"), dump);
        Entity visit = f.facts().stream().filter(x -> x.relation() == Relation.VISITOR
                && x.object().name().equals("王光彦")).findFirst().orElseThrow().subject();
        assertEquals(LocalDate.of(2024, 5, 16), visit.date(), dump);
        assertTrue(has(f, "甘霖", Relation.VISITED, "四川大学"), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("王光彦") && p.title().equals("副部长")
                && p.organization().name().equals("教育部")), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("王晓晖") && p.title().equals("书记")
                && p.organization().name().equals("四川省委")), dump);
        assertTrue(has(f, "天府实验室", Relation.ESTABLISHED_BY, "中国科学院"), dump);
        assertTrue(has(f, "天府实验室", Relation.FOCUSES_ON, "生物医药"), dump);
        assertTrue(has(f, "中国科学院成都生物研究所", Relation.PART_OF, "中国科学院"), dump);
        assertTrue(has(f, "天府实验室", Relation.LOCATED_IN, "成都高新区"), dump);
        assertTrue(has(f, "陈家昌", Relation.ATTENDED, "2024年成渝科技创新合作推进会"), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("黄强") && p.title().equals("省长")
                && p.organization() != null && p.organization().name().equals("四川省")), dump);
        assertTrue(has(f, "2024年成渝科技创新合作推进会", Relation.LOCATED_IN, "成都市"), dump);
        assertTrue(has(f, "王光彦", Relation.VISITED, "华西医院"), dump);
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("中国科学院成都生物研究所")
                && e.type() == EntityType.RESEARCH_INSTITUTE), dump);
        assertTrue(has(f, "黄强", Relation.CHAIRED, "2024年成渝科技创新合作推进会"), dump);
    }

    @Test
    void approvalLeadFoundingSettlingAndOpeningInAnotherStyle() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-anhui"));
        String dump = Fixtures.dump(f);
        assertTrue(has(f, "国家发展和改革委员会", Relation.SUPPORTS, "合肥综合性国家科学中心"), dump);
        assertTrue(has(f, "合肥量子创新研究院", Relation.ESTABLISHED_BY, "中国科学技术大学"), dump);
        assertTrue(has(f, "合肥量子创新研究院", Relation.LOCATED_IN, "合肥高新区"), dump);
        assertTrue(has(f, "合肥量子创新研究院", Relation.FOCUSES_ON, "量子计算"), dump);
        assertTrue(has(f, "韩俊", Relation.VISITED, "合肥先进光源"), dump);
        assertTrue(has(f, "费高云", Relation.VISITED, "中国科学技术大学"), dump);
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("合肥先进光源") && e.type() == EntityType.FACILITY));
        Entity visit = f.facts().stream().filter(x -> x.relation() == Relation.VISITOR
                && x.object().name().equals("韩俊")).findFirst().orElseThrow().subject();
        assertEquals(LocalDate.of(2025, 3, 12), visit.date());
        assertTrue(has(f, "侯建国", Relation.ATTENDED, "2025量子科技产业大会"), dump);
        assertTrue(has(f, "王清宪", Relation.CHAIRED, "2025量子科技产业大会"), dump);
        assertTrue(has(f, "2025量子科技产业大会", Relation.LOCATED_IN, "合肥市"), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("费高云") && p.title().equals("书记")
                && p.organization().name().equals("合肥市委")), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("王清宪") && p.title().equals("省长")
                && p.organization().name().equals("安徽省")), dump);
    }

    @Test
    void sharedOrganisationsAndShortFormsAcrossAListAndAClause() {
        ArticleFacts f = new HanlpExtractor().extract(Fixtures.article("other-shortforms"));
        String dump = Fixtures.dump(f);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("白春礼") && p.title().equals("党组书记")
                && p.organization().name().equals("中国科学院")), dump);
        assertTrue(f.positions().stream().anyMatch(p -> p.person().name().equals("王树国") && p.title().equals("校长")
                && p.organization().name().equals("西安交通大学")), dump);
        assertTrue(has(f, "王树国", Relation.VISITED, "西安交通大学"), dump);
        assertTrue(f.entities().stream().anyMatch(e -> e.name().equals("西安交通大学") && e.altNames().contains("交大")));
    }

    @Test
    void twoExtractorsInTwoThreadsAgreeWithOne() throws Exception {
        List<Article> articles = List.of(Fixtures.article("seed-000"), Fixtures.article("seed-003"), other(),
                Fixtures.article("seed-001"), Fixtures.article("seed-004"));
        HanlpExtractor one = new HanlpExtractor();
        List<String> expected = articles.stream().map(a -> Fixtures.dump(one.extract(a))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = List.of(0, 1).stream().map(k -> pool.submit(() -> {
                HanlpExtractor mine = new HanlpExtractor();
                List<String> out = new java.util.ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    out.clear();
                    for (Article a : articles) {
                        out.add(Fixtures.dump(mine.extract(a)));
                    }
                }
                return out;
            })).toList();
            for (Future<List<String>> r : runs) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyForeignAndOddTextGiveNoFactsAndNoErrors() {
        HanlpExtractor x = new HanlpExtractor();
        List<String> odd = List.of("", "   ", "The Ministry of Science and Technology visited Tsinghua University.",
                "“”《》、、、。。。", "调研".repeat(500), "1234567890，2025年13月45日。");
        ArticleFacts f = x.extract(new Article("odd", "", null, null, "odd", List.of(), List.of(), null, odd));
        assertTrue(f.facts().isEmpty(), Fixtures.dump(f));
        assertTrue(f.positions().isEmpty());
        assertTrue(x.extract(new Article("none", "", null, null, "none", List.of(), List.of(), null, List.of()))
                .entities().isEmpty());
    }

}
