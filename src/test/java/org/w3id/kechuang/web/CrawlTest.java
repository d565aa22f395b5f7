package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Follows every link on every page of the explorer over the seed graph, from {@code /browse}: each
 * one of this server answers (no 404, no 500). Links out (Wikidata, ROR, OpenStreetMap) are not followed.
 */
class CrawlTest {
    static final int MAX_PAGES = 3000;

    static final ServedSeeds served = ServedSeeds.shared();

    @Test
    void everyLinkOnEveryPageResolves() {
        URI root = URI.create(served.server.serverUrl());
        Deque<URI> queue = new ArrayDeque<>(List.of(root.resolve("browse")));
        Set<String> seen = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        int entityPages = 0;
        while ( !queue.isEmpty() && seen.size() < MAX_PAGES ) {
            URI uri = queue.poll();
            if ( !seen.add(uri.toASCIIString()) )
                continue;
            HttpResponse<String> r = ServedSeeds.get(uri.toASCIIString(), "text/html");
            if ( r.statusCode() != 200 ) {
                broken.add(r.statusCode() + " " + uri);
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if ( !type.startsWith("text/html") )
                continue;
            if ( uri.getPath().startsWith("/resource/") )
                entityPages++;
            Document page = Jsoup.parse(r.body(), uri.toString());
            for ( Element e : page.select("a[href], link[href], script[src], [data-src]") ) {
                String target = e.hasAttr("data-src") ? e.absUrl("data-src") : e.hasAttr("src") ? e.absUrl("src") : e.absUrl("href");
                URI next = asUri(target);
                if ( next != null && root.getAuthority().equals(next.getAuthority()) && !isFusekiUi(next) )
                    queue.add(withoutFragment(next));
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken link(s): " + broken);
        assertTrue(queue.isEmpty(), "the crawl stopped at " + MAX_PAGES + " pages");
        assertTrue(entityPages > 100, "reached " + entityPages + " entity pages");
        assertEquals(200, ServedSeeds.get(served.url("/ontology"), "text/html").statusCode());
    }

    /** The Fuseki UI at / and the SPARQL endpoint are the server's, tested elsewhere. */
    private static boolean isFusekiUi(URI u) {
        return u.getPath().equals("/") || u.getPath().startsWith("/kg");
    }

    private static URI asUri(String s) {
        try {
            // Jsoup keeps Chinese characters as they are; the URI form encodes them.
            return new URI(URI.create(s.replace(" ", "%20")).toASCIIString());
        } catch (Exception e) {
            throw new AssertionError("not a URL: " + s, e);
        }
    }

    private static URI withoutFragment(URI u) {
        return URI.create(u.toASCIIString().replaceFirst("#.*$", ""));
    }
}
