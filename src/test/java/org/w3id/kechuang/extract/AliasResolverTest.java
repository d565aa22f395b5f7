package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Position;

class AliasResolverTest {

    @Test
    void abbreviationMapsToTheLongerNameOfTheArticle() {
        List<String> orgs = List.of("中国科学院上海技术物理研究所", "浙江大学", "上海交通大学");
        assertEquals(Optional.of("中国科学院上海技术物理研究所"), AliasResolver.abbreviationOf("上海技物所", orgs));
        assertEquals(Optional.of("浙江大学"), AliasResolver.abbreviationOf("浙大", orgs));
        assertEquals(Optional.empty(), AliasResolver.abbreviationOf("复旦", orgs));
    }

    @Test
    void bareLocalBodyTakesTheArticlesCity() {
        var a = article("市委书记李强在上海调研。上海将加强服务保障。");
        ArticleFacts f = new HanlpExtractor().extract(a);
        Position p = f.positions().stream().filter(x -> x.person().name().equals("李强")).findFirst().orElseThrow();
        assertEquals("上海市委", p.organization().name());
        assertEquals("书记", p.title());
    }

    private static org.w3id.kechuang.model.Article article(String text) {
        return new org.w3id.kechuang.model.Article("t", "", java.time.OffsetDateTime.parse("2022-02-21T10:00:00+08:00"),
                null, "t", List.of(), List.of(), null, List.of(text));
    }

}
