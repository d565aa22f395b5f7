package org.w3id.kechuang.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;

/** The bundled ROR and places data, linked through the real linker. */
class EntityLinkerTest {
    private final EntityLinker linker = EntityLinker.standard();

    private Optional<Link> link(EntityType type, String name) {
        return linker.link(Entity.of(type, name));
    }

    @Test
    void aUniversityLinksToRorAndWikidata() {
        Link l = link(EntityType.UNIVERSITY, "上海交通大学").orElseThrow();
        assertEquals(List.of("http://www.wikidata.org/entity/Q525169", "https://ror.org/0220qvk04"), l.sameAs());
        assertEquals("Shanghai Jiao Tong University", l.englishLabel());
        assertTrue(l.rorTypes().contains("education"), l.rorTypes().toString());
        assertNull(l.latitude());
    }

    @Test
    void anyOrganisationClassMayMatchRorButOtherClassesMayNot() {
        assertTrue(link(EntityType.ORGANIZATION, "清华大学").isPresent());
        assertTrue(link(EntityType.RESEARCH_INSTITUTE, "中国科学院").isPresent());
        assertTrue(link(EntityType.PERSON, "上海交通大学").isEmpty());
        // A facility matches ROR's facility records only.
        assertEquals("Shanghai Synchrotron Radiation Facility",
                link(EntityType.FACILITY, "上海光源").orElseThrow().englishLabel());
        assertTrue(link(EntityType.FACILITY, "上海交通大学").isEmpty());
        assertTrue(link(EntityType.PLACE, "上海交通大学").isEmpty());
        assertTrue(link(EntityType.FIELD, "上海交通大学").isEmpty());
    }

    @Test
    void fullWidthFormsAndSpacesDoNotPreventAMatch() {
        // The data writes 中国矿业大学（北京） with full-width brackets.
        Link l = link(EntityType.UNIVERSITY, " 中国矿业大学(北京) ").orElseThrow();
        assertEquals("https://ror.org/003ncxf91", l.sameAs().get(l.sameAs().size() - 1));
    }

    @Test
    void aDistrictLinksToWikidataWithCoordinatesAndItsMunicipality() {
        Link l = link(EntityType.PLACE, "浦东新区").orElseThrow();
        assertEquals(List.of("http://www.wikidata.org/entity/Q125378"), l.sameAs());
        assertEquals("Pudong New Area", l.englishLabel());
        assertEquals(new BigDecimal("31.0748939"), l.latitude());
        assertEquals(new BigDecimal("121.3950125"), l.longitude());
        assertEquals("上海市", l.parentPlace());
        assertTrue(l.rorTypes().isEmpty());
    }

    @Test
    void placeNamesMatchWithOrWithoutTheirAdministrativeSuffix() {
        Link shanghai = link(EntityType.PLACE, "上海").orElseThrow();
        assertEquals(List.of("http://www.wikidata.org/entity/Q8686"), shanghai.sameAs());
        assertNull(shanghai.parentPlace());
        assertEquals(shanghai, link(EntityType.PLACE, "上海市").orElseThrow());
        assertEquals(List.of("http://www.wikidata.org/entity/Q57002"),
                link(EntityType.PLACE, "徐汇区").orElseThrow().sameAs());
        assertEquals(List.of("http://www.wikidata.org/entity/Q125378"),
                link(EntityType.PLACE, "浦东").orElseThrow().sameAs());
        // The municipality, not its seat of the same name.
        assertEquals(List.of("http://www.wikidata.org/entity/Q956"), link(EntityType.PLACE, "北京").orElseThrow().sameAs());
        assertTrue(link(EntityType.UNIVERSITY, "上海").isEmpty());
    }

    @Test
    void aSuffixLeadsToTheShortNameOnlyForAPlaceOfTheKindItNames() {
        // The table has the district 徐汇 and the prefecture 哈尔滨; 哈尔滨新区 is neither.
        assertEquals(List.of("http://www.wikidata.org/entity/Q57002"), link(EntityType.PLACE, "徐汇区").orElseThrow().sameAs());
        assertTrue(link(EntityType.PLACE, "哈尔滨新区").isEmpty());
        Link shenzhen = link(EntityType.PLACE, "深圳市").orElseThrow();
        assertEquals("深圳", shenzhen.canonicalName());
        assertEquals("Shenzhen", shenzhen.englishLabel());
        // The table gives Shenzhen's item to four villages as well, so it is trusted for none of them.
        assertTrue(shenzhen.sameAs().isEmpty());
    }

    @Test
    void rowsThatDifferOnlyBySuffixUnderOneParentAreOnePlace() {
        // 广州 and 广州市 both sit under 广东省 with one item: one place, whose item is trusted.
        Link guangzhou = link(EntityType.PLACE, "广州").orElseThrow();
        assertEquals(List.of("http://www.wikidata.org/entity/Q16572"), guangzhou.sameAs());
        assertEquals("广东省", guangzhou.parentPlace());
        // By either name, the same record: one English name, one point.
        assertEquals(guangzhou, link(EntityType.PLACE, "广州市").orElseThrow());
    }

    @Test
    void anUnknownNameGetsNoLink() {
        assertTrue(link(EntityType.RESEARCH_INSTITUTE, "青岚量子未来研究院").isEmpty());
        assertTrue(link(EntityType.PLACE, "青岚新区").isEmpty());
        assertTrue(link(EntityType.PLACE, "").isEmpty());
    }

    @Test
    void aNameOfSeveralThingsGetsNoLink() {
        // Two ROR records: the Beijing and the East China campuses.
        assertTrue(link(EntityType.UNIVERSITY, "中国石油大学").isEmpty());
        // Two counties of that name, in Gansu and in Jiangxi.
        assertTrue(link(EntityType.PLACE, "东乡").isEmpty());
        // 新疆 is the autonomous region, but the table also holds a town of that name in Shanxi.
        assertTrue(link(EntityType.PLACE, "新疆").isEmpty());
        assertEquals(List.of("http://www.wikidata.org/entity/Q34800"),
                link(EntityType.PLACE, "新疆维吾尔自治区").orElseThrow().sameAs());
    }

    @Test
    void aWikidataItemTheTableGivesToSeveralPlacesIsNotTrustedBelowTheTopLevel() {
        // The table gives Jilin province's item to the prefecture-level city as well.
        Link city = link(EntityType.PLACE, "吉林市").orElseThrow();
        assertTrue(city.sameAs().isEmpty(), city.sameAs().toString());
        assertEquals("吉林省", city.parentPlace());
        assertEquals(List.of("http://www.wikidata.org/entity/Q45208"),
                link(EntityType.PLACE, "吉林省").orElseThrow().sameAs());
        // …and Shanghai's item to a town in Fujian.
        assertTrue(link(EntityType.PLACE, "上街").map(Link::sameAs).orElse(List.of()).stream()
                .noneMatch(iri -> iri.endsWith("/Q8686")));
    }

    @Test
    void everyLinkIsAWellFormedIriAsTheShapesRequire() {
        for (String name : List.of("上海交通大学", "清华大学", "复旦大学", "同济大学", "中国科学院", "中国极地研究中心")) {
            for (String iri : link(EntityType.ORGANIZATION, name).orElseThrow().sameAs()) {
                assertTrue(iri.matches("^(http://www\\.wikidata\\.org/entity/Q[0-9]+|https://ror\\.org/0[a-z0-9]{6}[0-9]{2})$"), iri);
            }
        }
    }

    @Test
    void oneLinkerServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Link>>> results = IntStream.range(0, 200)
                    .mapToObj(i -> pool.submit(() -> EntityLinker.standard()
                            .link(Entity.of(i % 2 == 0 ? EntityType.PLACE : EntityType.UNIVERSITY,
                                    i % 2 == 0 ? "浦东新区" : "上海交通大学"))))
                    .collect(Collectors.toList());
            for (int i = 0; i < results.size(); i++) {
                String expected = i % 2 == 0 ? "Pudong New Area" : "Shanghai Jiao Tong University";
                assertEquals(expected, results.get(i).get().orElseThrow().englishLabel());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
