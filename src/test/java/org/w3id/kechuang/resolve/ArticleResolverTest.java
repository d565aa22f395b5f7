package org.w3id.kechuang.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.rdf.ArticleGraphWriter;
import org.w3id.kechuang.rdf.Iris;

/** The resolve step on hand-made extractions (names not from the seeds), with the real bundled data. */
class ArticleResolverTest {
    private final ArticleResolver resolver = ArticleResolver.standard();

    private static Article article() {
        return new Article("t-1", "测试", OffsetDateTime.parse("2024-05-06T10:00:00+08:00"), null, "t-1.txt",
                List.of(), List.of(), null, List.of("正文。"));
    }

    private static Map<String, Entity> byName(ArticleFacts facts) {
        return facts.entities().stream().collect(Collectors.toMap(Entity::name, e -> e));
    }

    @Test
    void twoNamesOfOneRecordBecomeOneEntityUnderTheRecordsName() {
        Entity shortForm = Entity.of(EntityType.RESEARCH_INSTITUTE, "中科院大连化学物理研究所");
        Entity fullForm = new Entity(EntityType.RESEARCH_INSTITUTE, "中国科学院大连化学物理研究所", Set.of("大连化物所"), null);
        Entity cas = Entity.of(EntityType.ORGANIZATION, "中科院");
        Entity person = Entity.of(EntityType.PERSON, "王青岚");
        List<Fact> facts = List.of(
                new Fact(shortForm, Relation.PART_OF, cas, "中科院大连化学物理研究所隶属中科院。"),
                new Fact(shortForm, Relation.PART_OF, fullForm, "一句误读的话。"),
                new Fact(person, Relation.VISITED, fullForm, "王青岚调研中国科学院大连化学物理研究所。"));
        ResolvedArticle r = resolver.resolve(new ArticleFacts(article(), List.of(shortForm, fullForm, cas, person),
                facts, List.of(new Position(person, "所长", shortForm, null, "王青岚任所长。"))));

        Map<String, Entity> e = byName(r.facts());
        assertEquals(Set.of("中国科学院大连化学物理研究所", "中国科学院", "王青岚"), e.keySet());
        Entity dicp = e.get("中国科学院大连化学物理研究所");
        assertEquals(Set.of("中科院大连化学物理研究所", "大连化物所"), dicp.altNames());
        // ROR gives the institute under its parent, Chinese Academy of Sciences; its item is Q5210926.
        assertEquals(List.of("http://www.wikidata.org/entity/Q5210926", "https://ror.org/00prkya54"),
                r.links().get(dicp).sameAs());
        // ROR types the academy "government"; its name says research institute, as the schema classes academies.
        assertEquals(EntityType.RESEARCH_INSTITUTE, e.get("中国科学院").type());
        // The merged loop (institute part of itself) is gone; the other facts point at the merged entity.
        assertEquals(2, r.facts().facts().size(), r.facts().facts().toString());
        assertTrue(r.facts().facts().stream().allMatch(f -> f.subject().equals(dicp) || f.object().equals(dicp)));
        assertEquals(dicp, r.facts().positions().get(0).organization());
        assertNull(r.links().get(e.get("王青岚")));
    }

    @Test
    void aGenericOrganisationTakesTheClassItsRorTypeGives() {
        Entity uni = Entity.of(EntityType.ORGANIZATION, "清华大学");
        Entity ministry = Entity.of(EntityType.ORGANIZATION, "中华人民共和国教育部");
        Entity typed = Entity.of(EntityType.RESEARCH_INSTITUTE, "浙江大学");
        ResolvedArticle r = resolver.resolve(new ArticleFacts(article(), List.of(uni, ministry, typed), List.of(), List.of()));
        Map<String, Entity> e = byName(r.facts());
        assertEquals(EntityType.UNIVERSITY, e.get("清华大学").type());
        // The 中华人民共和国 prefix is dropped from the canonical name, as articles write ministries.
        assertEquals(EntityType.GOVERNMENT_BODY, e.get("教育部").type());
        assertEquals(Set.of("中华人民共和国教育部"), e.get("教育部").altNames());
        // The extractor's own specific class is not overridden.
        assertEquals(EntityType.RESEARCH_INSTITUTE, e.get("浙江大学").type());
    }

    @Test
    void aGenericOrganisationThatHoldsPostsDoesNotBecomeAFacility() {
        // ROR types 上海光源's record as a facility; an organisation with a 主任 post stays an organisation.
        Entity ssrf = Entity.of(EntityType.ORGANIZATION, "上海光源");
        Entity person = Entity.of(EntityType.PERSON, "赵青岚");
        ResolvedArticle withPost = resolver.resolve(new ArticleFacts(article(), List.of(ssrf, person), List.of(),
                List.of(new Position(person, "主任", ssrf, null, "赵青岚任上海光源主任。"))));
        assertEquals(EntityType.ORGANIZATION, withPost.facts().positions().get(0).organization().type());
        ResolvedArticle visited = resolver.resolve(new ArticleFacts(article(), List.of(ssrf, person),
                List.of(new Fact(person, Relation.VISITED, ssrf, "赵青岚参观上海光源。")), List.of()));
        Entity facility = visited.facts().facts().get(0).object();
        assertEquals(EntityType.FACILITY, facility.type());
        assertEquals("上海同步辐射光源", facility.name());
        assertEquals(Set.of("上海光源"), facility.altNames());
    }

    @Test
    void aPlaceNameOfSeveralPlacesIsLinkedOnlyWhenTheArticleNamesItsProvince() {
        Entity dongxiang = Entity.of(EntityType.PLACE, "东乡");
        ResolvedArticle alone = resolver.resolve(new ArticleFacts(article(), List.of(dongxiang), List.of(), List.of()));
        assertTrue(alone.links().isEmpty());
        assertTrue(EntityLinker.standard().resolve(dongxiang, LinkContext.NONE).isAmbiguous());

        ResolvedArticle inGansu = resolver.resolve(new ArticleFacts(article(),
                List.of(dongxiang, Entity.of(EntityType.PLACE, "甘肃")), List.of(), List.of()));
        Link l = inGansu.links().get(byName(inGansu.facts()).get("东乡"));
        assertEquals("甘肃省", l.parentPlace());
        assertEquals("35.692823", l.latitude().toPlainString());
        // The table gives both counties one item, so it is trusted for neither.
        assertTrue(l.sameAs().isEmpty());
    }

    @Test
    void placesTakeTheTablesFullNameSoOnePlaceHasOneIri() {
        Entity shanghai = Entity.of(EntityType.PLACE, "上海");
        Entity full = Entity.of(EntityType.PLACE, "上海市");
        Entity unknown = Entity.of(EntityType.PLACE, "青岚湾");
        ResolvedArticle r = resolver.resolve(new ArticleFacts(article(), List.of(shanghai, full, unknown), List.of(), List.of()));
        Map<String, Entity> e = byName(r.facts());
        assertEquals(Set.of("上海市", "青岚湾"), e.keySet());
        assertEquals(Set.of("上海"), e.get("上海市").altNames());

        Graph g = new ArticleGraphWriter().write(r);
        assertTrue(g.contains(NodeFactory.createURI(Iris.entity(e.get("上海市"))), OWL.sameAs.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q8686")));
        assertFalse(g.contains(NodeFactory.createURI(Iris.entity(e.get("青岚湾"))), OWL.sameAs.asNode(), null));
    }

    @Test
    void aPlaceKeepsItsSuffixWhereTheTableWritesItWithout() {
        // The table lists the district as 徐汇; articles and the schema want the full name 徐汇区.
        Entity full = Entity.of(EntityType.PLACE, "徐汇区");
        Entity bare = Entity.of(EntityType.PLACE, "徐汇");
        ResolvedArticle r = resolver.resolve(new ArticleFacts(article(), List.of(bare, full), List.of(), List.of()));
        assertEquals(Set.of("徐汇区"), byName(r.facts()).keySet());
        assertEquals(Set.of("徐汇"), byName(r.facts()).get("徐汇区").altNames());
    }

    @Test
    void theCuratedTableLinksOnlyItsOwnClass() {
        Entity xi = Entity.of(EntityType.PERSON, "习近平");
        Entity notAPerson = Entity.of(EntityType.PROGRAMME, "习近平");
        ResolvedArticle r = resolver.resolve(new ArticleFacts(article(), List.of(xi, notAPerson), List.of(), List.of()));
        assertEquals(1, r.links().size());
        assertEquals(List.of("http://www.wikidata.org/entity/Q15031"), r.links().get(xi).sameAs());
        // A person the table does not list gets no link, however famous the name sounds.
        assertTrue(EntityLinker.standard().link(Entity.of(EntityType.PERSON, "李强")).isEmpty());
    }
}
