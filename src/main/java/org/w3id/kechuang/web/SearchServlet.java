package org.w3id.kechuang.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /search?q=}: entities by name or alias, Chinese or English, grouped by class; JSON with {@code format=json}. */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int LIMIT = 100;

    private final transient LabelIndex index;
    private final transient Vocabulary vocabulary;
    private final transient Links links;

    SearchServlet(LabelIndex index, Vocabulary vocabulary, Links links) {
        this.index = index;
        this.vocabulary = vocabulary;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        List<LabelIndex.Hit> hits = q.length() > 200 ? List.of() : index.search(q, LIMIT);
        // Groups in the order of their best hit.
        Map<String, List<LabelIndex.Hit>> byClass = new LinkedHashMap<>();
        hits.forEach(hit -> byClass.computeIfAbsent(hit.info().ref.cls(), k -> new ArrayList<>()).add(hit));
        if ( "json".equals(request.getParameter("format")) ) {
            List<Map<String, String>> json = new ArrayList<>();
            for ( LabelIndex.Hit hit : hits )
                json.add(Map.of("iri", hit.info().ref.iri, "name", hit.info().ref.name(), "class", hit.info().ref.cls(),
                    "matched", hit.matched(), "href", links.href(hit.info().ref.iri)));
            Pages.send(response, 200, "application/json; charset=utf-8", new ObjectMapper().writeValueAsString(json));
            return;
        }
        Html h = new Html(links, q.isEmpty() ? "Search" : q);
        h.raw("<h1>搜索 Search</h1><form action=\"").text(links.page("search")).raw("\" method=\"get\">")
         .raw("<input type=\"search\" name=\"q\" id=\"q\" value=\"").text(q).raw("\" aria-label=\"search\"> ")
         .raw("<button type=\"submit\">搜索</button></form>");
        if ( !q.isEmpty() )
            h.raw("<p class=\"summary\">").text(hits.size() + (hits.size() == LIMIT ? "+" : "") + " result(s) for “" + q + "”").raw("</p>");
        byClass.forEach((cls, list) -> {
            h.raw("<section class=\"results\"><h2>");
            Pages.classBadge(h, links, vocabulary, cls);
            h.raw("<span class=\"count\">").text(String.valueOf(list.size())).raw("</span></h2><ul>");
            for ( LabelIndex.Hit hit : list ) {
                h.raw("<li>");
                h.link(links.href(hit.info().ref.iri), hit.info().ref.name());
                if ( !hit.matched().equals(hit.info().ref.name()) )
                    h.raw(" <span class=\"matched\">(").text(hit.matched()).raw(")</span>");
                if ( hit.info().ref.en != null && !hit.matched().equals(hit.info().ref.en) )
                    h.raw(" <span class=\"en\" lang=\"en\">").text(hit.info().ref.en).raw("</span>");
                h.raw("</li>");
            }
            h.raw("</ul></section>");
        });
        Pages.html(response, 200, h);
    }
}
