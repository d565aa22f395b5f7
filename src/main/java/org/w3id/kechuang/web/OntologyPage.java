package org.w3id.kechuang.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/** The ontology as a page: each class and property with its names and comment, anchored by local name (#Person). */
final class OntologyPage {
    private static final Query TERMS = Sparql.parse("""
        SELECT ?t ?type ?zh ?en ?comment WHERE {
          GRAPH <https://w3id.org/kechuang/ontology> {
            ?t a ?type FILTER(STRSTARTS(STR(?t), STR(kc:)) && ?type IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty))
            OPTIONAL { ?t rdfs:label ?zh FILTER(LANG(?zh) = "zh") }
            OPTIONAL { ?t rdfs:label ?en FILTER(LANG(?en) = "en") }
            OPTIONAL { ?t rdfs:comment ?comment FILTER(LANG(?comment) = "en") }
          }
        }
        """);

    private final Sparql sparql;
    private final Links links;

    OntologyPage(Sparql sparql, Links links) {
        this.sparql = sparql;
        this.links = links;
    }

    Optional<String> render() {
        Map<String, Map<String, String[]>> byType = new LinkedHashMap<>();
        byType.put("http://www.w3.org/2002/07/owl#Class", new TreeMap<>());
        byType.put("http://www.w3.org/2002/07/owl#ObjectProperty", new TreeMap<>());
        byType.put("http://www.w3.org/2002/07/owl#DatatypeProperty", new TreeMap<>());
        for ( Map<String, Node> r : sparql.select(TERMS, Map.of()) ) {
            String local = r.get("t").getURI().substring(Vocabulary.KC.length());
            byType.get(r.get("type").getURI()).put(local, new String[] {
                EntityFacts.text(r.get("zh")), EntityFacts.text(r.get("en")), EntityFacts.text(r.get("comment")) });
        }
        if ( byType.values().stream().allMatch(Map::isEmpty) )
            return Optional.empty();
        Html h = new Html(links, "Ontology");
        Pages.alternates(h, links.href(Description.ONTOLOGY_IRI));
        h.raw("<h1>科创知识图谱本体 Kechuang KG ontology</h1><p class=\"iri\">IRI <code>").text(Description.ONTOLOGY_IRI)
         .raw("</code> · namespace <code>").text(Vocabulary.KC).raw("</code> · ");
        Pages.downloads(h, links.href(Description.ONTOLOGY_IRI));
        h.raw("</p>");
        String[] titles = { "类 Classes", "关系 Object properties", "属性 Datatype properties" };
        int i = 0;
        for ( Map<String, String[]> terms : byType.values() ) {
            h.raw("<h2>").text(titles[i++]).raw("</h2><dl class=\"terms\">");
            terms.forEach((local, t) -> {
                h.raw("<dt id=\"").text(local).raw("\"><code>kc:").text(local).raw("</code> ").text(t[0] == null ? "" : t[0])
                 .raw(" <span lang=\"en\">").text(t[1] == null ? "" : t[1]).raw("</span>");
                if ( Vocabulary.CLASSES.contains(local) )
                    h.raw(" · ").link(links.page("browse/" + local), "entities");
                h.raw("</dt><dd>").text(t[2] == null ? "" : t[2]).raw("</dd>");
            });
            h.raw("</dl>");
        }
        return Optional.of(h.render());
    }
}
