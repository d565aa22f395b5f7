package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the entity pages show for each kind of entity, read as a browser gets it (HTML, no JavaScript). */
class EntityPageTest {
    static final ServedSeeds served = ServedSeeds.shared();

    static Document page(String path) {
        var r = ServedSeeds.get(served.url(path), "text/html");
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    @Test
    void aPlaceShowsWhatIsLocatedThereAndItsMap() {
        Document zhangjiang = page("/resource/place/张江");
        assertTrue(zhangjiang.select("#located-here a").eachText().contains("李政道研究所"));
        Document shanghai = page("/resource/place/上海市");
        var map = shanghai.selectFirst("#links a[href^=https://www.openstreetmap.org/]");
        assertTrue(map != null, "a link to the map");
        assertTrue(map.attr("href").contains("mlat=31."), map.attr("href"));
        assertTrue(shanghai.select("#links a[href^=http://www.wikidata.org/entity/Q]").size() == 1);
    }

    @Test
    void anOrganisationShowsItsNamesAndLinksOut() {
        Document sjtu = page("/resource/org/上海交通大学");
        assertEquals("Shanghai Jiao Tong University", sjtu.selectFirst(".names .en").text());
        assertTrue(sjtu.select("#links a[href=https://ror.org/0220qvk04]").size() == 1);
        assertTrue(sjtu.select(".classes a").eachText().contains("高等院校 university"));
        // Relations in, grouped by property: 李政道研究所 is part of it, with the sentence and its article.
        var partOf = sjtu.select("#relations-in h3:contains(part of) + ul.facts > li").first();
        assertEquals("李政道研究所", partOf.selectFirst("a").text());
        assertTrue(partOf.select("ul.evidence a[href^=/article/]").size() >= 1);
        assertTrue(partOf.select("ul.evidence time").text().matches("\\d{4}-\\d{2}-\\d{2}.*"));
    }

    @Test
    void anEventShowsItsDateAndWhoTookPart() {
        Document visit = page("/resource/event/2022-02-21/李强调研李政道研究所、长三角国家技术创新中心");
        assertTrue(visit.select("#attributes dd").eachText().contains("2022-02-21"));
        assertTrue(visit.select("#relations-out a").eachText().containsAll(java.util.List.of("李强", "李政道研究所")));
    }
}
