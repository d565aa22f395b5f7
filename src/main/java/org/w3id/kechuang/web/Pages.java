package org.w3id.kechuang.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Pieces several pages share, and writing a page out. */
final class Pages {
    private Pages() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** {@code <link rel="alternate">} for each RDF format of the resource at {@code href}. */
    static void alternates(Html h, String href) {
        for ( Format f : Format.rdfFormats() )
            h.head("<link rel=\"alternate\" type=\"" + f.mediaType + "\" href=\"" + Html.esc(Links.withFormat(href, f.extension)) + "\">");
    }

    static void downloads(Html h, String href) {
        h.raw("<span class=\"downloads\">");
        for ( Format f : Format.rdfFormats() ) {
            h.link(Links.withFormat(href, f.extension), f.name().equals("NTRIPLES") ? "N-Triples"
                : f.name().equals("JSONLD") ? "JSON-LD" : f.name().equals("RDFXML") ? "RDF/XML" : "Turtle");
            h.raw(" ");
        }
        h.raw("</span>");
    }

    static void classBadge(Html h, Links links, Vocabulary vocabulary, String localName) {
        if ( !Vocabulary.CLASSES.contains(localName) ) {
            h.raw("<span class=\"cls\">").text(vocabulary.classLabel(localName)).raw("</span> ");
            return;
        }
        h.raw("<a class=\"cls\" style=\"background:" + Vocabulary.colour(localName) + "\" href=\"")
         .text(links.page("browse/" + localName)).raw("\">").text(vocabulary.classLabel(localName)).raw("</a> ");
    }

    /** The dataset an owl:sameAs target belongs to, as its name. */
    static String datasetOf(String iri) {
        if ( iri.startsWith("http://www.wikidata.org/entity/") )
            return "Wikidata";
        if ( iri.startsWith("https://ror.org/") )
            return "ROR";
        if ( iri.startsWith("https://sws.geonames.org/") )
            return "GeoNames";
        return "";
    }

    static void send(HttpServletResponse response, int status, String contentType, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }

    static void html(HttpServletResponse response, int status, Html page) throws IOException {
        send(response, status, "text/html; charset=utf-8", page.render());
    }

    /** 404 with a search box, the query prefilled with the last segment of the path asked for. */
    static Html notFound(Links links, String what, String guess) {
        Html h = new Html(links, "Not found");
        h.raw("<h1>Not found 未找到</h1><p>The graph has nothing about <code>").text(what).raw("</code>.</p>")
         .raw("<form action=\"").text(links.page("search")).raw("\" method=\"get\"><input type=\"search\" name=\"q\" value=\"")
         .text(guess).raw("\" aria-label=\"search\"> <button type=\"submit\">搜索 Search</button></form>")
         .raw("<p>").link(links.page("browse"), "Browse the graph").raw("</p>");
        return h;
    }
}
