package org.w3id.kechuang.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;

/** {@code /browse}: the classes with their entity counts; {@code /browse/{Class}}: a class's entities, by mentions. */
final class BrowseServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int PAGE = 500;

    private static final Query CLASSES = Sparql.parse("""
        SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(kc:))) } GROUP BY ?c
        """);
    private static final Query MEMBERS = Sparql.parse("""
        SELECT ?e (SAMPLE(?zh) AS ?name) (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (COUNT(DISTINCT ?a) AS ?mentions) WHERE {
          ?e a ?c .
          OPTIONAL { ?e rdfs:label ?zh FILTER(LANG(?zh) = "zh") }
          OPTIONAL { ?e dct:title ?t }
          OPTIONAL { ?e dct:issued|kc:date ?d }
          OPTIONAL { ?e kc:mentionedIn ?a }
        } GROUP BY ?e ORDER BY DESC(?mentions) DESC(?date) ?name ?e
        """);

    private final transient Sparql sparql;
    private final transient Vocabulary vocabulary;
    private final transient Links links;

    BrowseServlet(Sparql sparql, Vocabulary vocabulary, Links links) {
        this.sparql = sparql;
        this.vocabulary = vocabulary;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        try {
            if ( info == null || info.equals("/") )
                home(response);
            else
                members(info.substring(1), request, response);
        } catch (QueryCancelledException e) {
            Pages.send(response, 503, "text/plain; charset=utf-8", "The page's query took longer than the time limit.\n");
        }
    }

    private void home(HttpServletResponse response) throws IOException {
        Map<String, Long> counts = new java.util.HashMap<>();
        for ( Map<String, Node> row : sparql.select(CLASSES, Map.of()) )
            counts.put(row.get("c").getURI().substring(Vocabulary.KC.length()), ((Number) row.get("n").getLiteralValue()).longValue());
        Html h = new Html(links, "Browse");
        h.raw("<h1>科创知识图谱 Kechuang KG</h1><p>People, organisations, places, programmes and events read from Chinese "
            + "science-and-technology news; every fact with the sentence it was read from. Search a name above, or "
            + "browse by class.</p><table class=\"classes\"><thead><tr><th>类 Class</th><th>实体 Entities</th></tr></thead><tbody>");
        for ( String c : Vocabulary.CLASSES ) {
            Long n = counts.get(c);
            if ( n == null )
                continue;
            h.raw("<tr><td>");
            Pages.classBadge(h, links, vocabulary, c);
            h.raw("</td><td class=\"num\">").text(String.valueOf(n)).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        Pages.html(response, 200, h);
    }

    private void members(String local, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ( !Vocabulary.CLASSES.contains(local) ) {
            Pages.html(response, 404, Pages.notFound(links, "class " + local, ""));
            return;
        }
        int page = pageNumber(request.getParameter("page"));
        List<Map<String, Node>> rows = sparql.select(MEMBERS, Map.of("c", NodeFactory.createURI(Vocabulary.KC + local)));
        Html h = new Html(links, vocabulary.classLabel(local));
        h.raw("<h1>").text(vocabulary.classLabel(local)).raw(" <span class=\"count\">").text(String.valueOf(rows.size()))
         .raw("</span></h1><p>Ordered by the number of articles that mention each; ").link(links.href(Vocabulary.KC + local), "definition").raw(".</p>");
        h.raw("<table class=\"members\"><thead><tr><th>名称 Name</th><th>日期 Date</th><th>文章 Articles</th></tr></thead><tbody>");
        int from = Math.min(page * PAGE, rows.size());
        for ( Map<String, Node> r : rows.subList(from, Math.min(from + PAGE, rows.size())) ) {
            Ref ref = new Ref(r.get("e").getURI());
            ref.zh = EntityFacts.text(r.get("name"));
            ref.title = EntityFacts.text(r.get("title"));
            h.raw("<tr><td>");
            h.link(links.href(ref.iri), ref.name());
            h.raw("</td><td>").text(r.get("date") == null ? "" : EntityFacts.day(r.get("date")))
             .raw("</td><td class=\"num\">").text(r.get("mentions").getLiteralLexicalForm()).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
        if ( from + PAGE < rows.size() )
            h.raw("<p>").link(links.page("browse/" + local + "?page=" + (page + 1)), "Next page →").raw("</p>");
        if ( page > 0 )
            h.raw("<p>").link(links.page("browse/" + local + "?page=" + (page - 1)), "← Previous page").raw("</p>");
        Pages.html(response, 200, h);
    }

    private static int pageNumber(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(10_000, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
