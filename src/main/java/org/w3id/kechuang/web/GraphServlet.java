package org.w3id.kechuang.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;

/**
 * {@code /graph?iri=}: an entity's neighbourhood as Cytoscape.js elements (JSON): its neighbours, then
 * theirs while there is room ({@link #MAX_NODES}), with the relations among them; names and classes
 * come from the {@link LabelIndex}.
 */
final class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_NODES = 60;

    private static final String RELATION = "STRSTARTS(STR(?%s), STR(kc:)) && ?%1$s != kc:mentionedIn";
    private static final Query HOPS = Sparql.parse("""
        SELECT DISTINCT ?n ?s ?p ?o WHERE {
          { ?e ?p1 ?n } UNION { ?n ?p1 ?e }
          FILTER(isIRI(?n) && %s)
          { ?n ?p ?o BIND(?n AS ?s) } UNION { ?s ?p ?n BIND(?n AS ?o) }
          FILTER(isIRI(?s) && isIRI(?o) && %s)
        } LIMIT 5000
        """.formatted(RELATION.formatted("p1"), RELATION.formatted("p")));

    private final transient Sparql sparql;
    private final transient LabelIndex index;
    private final transient Vocabulary vocabulary;
    private final transient Links links;

    GraphServlet(Sparql sparql, LabelIndex index, Vocabulary vocabulary, Links links) {
        this.sparql = sparql;
        this.index = index;
        this.vocabulary = vocabulary;
        this.links = links;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = request.getParameter("iri");
        if ( iri == null || !iri.startsWith(Links.W3ID) ) {
            Pages.send(response, 400, "application/json; charset=utf-8", "{\"error\":\"give ?iri= of an entity of the graph\"}");
            return;
        }
        List<Map<String, Node>> rows;
        try {
            rows = sparql.select(HOPS, Map.of("e", NodeFactory.createURI(iri)));
        } catch (QueryCancelledException e) {
            Pages.send(response, 503, "application/json; charset=utf-8", "{\"error\":\"time limit\"}");
            return;
        }
        // The entity, its neighbours (first hop), then second-hop nodes while there is room.
        Set<String> nodes = new LinkedHashSet<>();
        nodes.add(iri);
        rows.forEach(r -> { if ( nodes.size() < MAX_NODES ) nodes.add(r.get("n").getURI()); });
        Set<String> firstHop = Set.copyOf(nodes);
        for ( Map<String, Node> r : rows ) {
            for ( String end : List.of(r.get("s").getURI(), r.get("o").getURI()) )
                if ( nodes.size() < MAX_NODES )
                    nodes.add(end);
        }
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        for ( Map<String, Node> r : rows ) {
            String s = r.get("s").getURI(), p = r.get("p").getURI(), o = r.get("o").getURI();
            if ( nodes.contains(s) && nodes.contains(o) )
                edges.putIfAbsent(s + " " + p + " " + o, Map.of("data", Map.of("id", "e" + edges.size(), "source", s,
                    "target", o, "label", p.substring(Vocabulary.KC.length()))));
        }
        List<Object> elements = new ArrayList<>();
        for ( String n : nodes )
            elements.add(Map.of("data", node(n, n.equals(iri) ? 0 : firstHop.contains(n) ? 1 : 2)));
        elements.addAll(edges.values());
        Pages.send(response, 200, "application/json; charset=utf-8", new ObjectMapper().writeValueAsString(elements));
    }

    private Map<String, Object> node(String iri, int hop) {
        LabelIndex.Info info = index.info(iri);
        Ref ref = info != null ? info.ref : new Ref(iri);
        String cls = ref.cls();
        return Map.of("id", iri, "label", ref.name(), "cls", cls, "clsLabel", vocabulary.classLabel(cls),
            "colour", Vocabulary.colour(cls), "href", links.href(iri), "hop", hop);
    }
}
