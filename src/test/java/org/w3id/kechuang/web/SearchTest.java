package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Search by name or alias, Chinese or English, prefix or abbreviation; class and article pages. */
class SearchTest {
    static final ServedSeeds served = ServedSeeds.shared();

    static Document search(String q) {
        HttpResponse<String> r = ServedSeeds.get(served.url("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), "text/html");
        assertEquals(200, r.statusCode());
        return Jsoup.parse(r.body(), served.server.serverUrl());
    }

    /** The first result's link text and where it points. */
    static String[] first(Document results) {
        var a = results.selectFirst("section.results li a");
        assertTrue(a != null, "no result");
        return new String[] { a.text(), java.net.URLDecoder.decode(a.attr("href"), StandardCharsets.UTF_8) };
    }

    @Test
    void liQiangFindsThePerson() {
        Document d = search("李强");
        assertEquals("/resource/person/李强", first(d)[1]);
        assertTrue(d.selectFirst("section.results h2").text().contains("person"), "grouped under its class");
    }

    @Test
    void jiaoDaFindsShanghaiJiaoTongUniversity() {
        assertEquals("/resource/org/上海交通大学", first(search("交大"))[1]);
    }

    @Test
    void englishNameFindsIt() {
        assertEquals("/resource/org/上海交通大学", first(search("Shanghai Jiao Tong"))[1]);
        assertEquals("/resource/org/上海交通大学", first(search("shanghai jiao"))[1], "any case, a prefix");
    }

    @Test
    void anAliasFindsTheCanonicalEntity() {
        // 科技部 is an alternative name of 科学技术部 in the seed graph.
        String[] hit = first(search("科技部"));
        assertEquals("/resource/org/科学技术部", hit[1]);
        assertEquals("科学技术部", hit[0]);
    }

    @Test
    void nothingFoundSaysSo() {
        Document d = search("量子引力不存在的机构");
        assertTrue(d.select("section.results").isEmpty());
        assertTrue(d.selectFirst("p.summary").text().startsWith("0 result"));
    }

    @Test
    void classPagesListTheirEntitiesWithCounts() {
        Document home = Jsoup.parse(ServedSeeds.get(served.url("/browse"), "text/html").body());
        String persons = home.select("table.classes tr:has(a[href$=browse/Person]) td.num").text();
        Document page = Jsoup.parse(ServedSeeds.get(served.url("/browse/Person"), "text/html").body());
        assertEquals(Integer.parseInt(persons), page.select("table.members tbody tr").size());
        assertTrue(page.select("table.members a").eachText().contains("李强"));
    }

    @Test
    void articlePageHighlightsEachFactInItsSentence() {
        Document page = Jsoup.parse(ServedSeeds.get(served.url("/article/000_17d06b560a14b091"), "text/html").body());
        var facts = page.select("#facts li.fact");
        assertTrue(facts.size() > 10, facts.size() + " facts");
        var visit = facts.stream().filter(li -> li.select("a").eachText().equals(java.util.List.of("李强", "李政道研究所")))
            .findFirst().orElseThrow();
        assertTrue(visit.select("q mark").eachText().containsAll(java.util.List.of("李强", "李政道研究所")), visit.html());
    }
}
