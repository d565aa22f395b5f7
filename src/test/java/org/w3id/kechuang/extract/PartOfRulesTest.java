package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Relation;

/** Part-of on sentences written for the test. */
class PartOfRulesTest {

    private static ArticleFacts read(String... paragraphs) {
        Article a = new Article("t", "", null, null, "t.txt", List.of(), List.of(), null, List.of(paragraphs));
        return new HanlpExtractor().extract(a);
    }

    private static boolean partOf(ArticleFacts f, String part, String whole) {
        return f.facts().stream().anyMatch(x -> x.relation() == Relation.PART_OF
                && x.subject().name().equals(part) && x.object().name().equals(whole));
    }

    @Test
    void anOrganisationThatHasAUnitBuiltOwnsIt() {
        ArticleFacts f = read("江南理工大学建有先进材料全国重点实验室等一批科研平台。");
        assertTrue(partOf(f, "先进材料全国重点实验室", "江南理工大学"), Fixtures.dump(f));
    }

    @Test
    void aBareUnitListedAfterANestedNameSharesItsParent() {
        ArticleFacts f = read("科技部资源配置与管理司司长张三、基础研究司副司长李明华、高技术研究发展中心主任王立新一行到校调研。");
        String dump = Fixtures.dump(f);
        assertTrue(partOf(f, "科技部资源配置与管理司", "科学技术部"), dump);
        assertTrue(partOf(f, "基础研究司", "科学技术部"), dump);
        assertTrue(partOf(f, "高技术研究发展中心", "科学技术部"), dump);
        ArticleFacts g = read("中共中央政治局委员、市委书记张三出席会议。");
        assertFalse(g.facts().stream().anyMatch(x -> x.relation() == Relation.PART_OF
                && x.subject().name().equals("市委")), Fixtures.dump(g));
    }

    @Test
    void anAssociationNamedAfterABodyIsNoUnitOfIt() {
        ArticleFacts f = read("江南理工大学与华东建筑设计研究院联合会签署合作协议。");
        assertFalse(f.facts().stream().anyMatch(x -> x.relation() == Relation.PART_OF
                && x.subject().name().endsWith("联合会")), Fixtures.dump(f));
    }
}
