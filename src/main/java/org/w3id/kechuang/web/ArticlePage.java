package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/**
 * An article's page: its title, date and source, the entities it mentions, and every fact read from
 * it, each shown in its sentence with the fact's two ends highlighted.
 */
final class ArticlePage {
    private static final Query FACTS = Sparql.parse("""
        SELECT ?s ?p ?o ?ev ?sZh ?oZh ?oTitle WHERE {
          ?r prov:wasDerivedFrom ?a ; kc:evidence ?ev ; rdf:reifies ?t .
          BIND(SUBJECT(?t) AS ?s) BIND(PREDICATE(?t) AS ?p) BIND(OBJECT(?t) AS ?o)
          OPTIONAL { ?s rdfs:label ?sZh FILTER(LANG(?sZh) = "zh") }
          OPTIONAL { ?o rdfs:label ?oZh FILTER(LANG(?oZh) = "zh") }
          OPTIONAL { ?o kc:title ?oTitle }
        }
        """);

    private final Sparql sparql;
    private final EntityFacts facts;
    private final Vocabulary vocabulary;
    private final LabelIndex index;
    private final Links links;

    ArticlePage(Sparql sparql, EntityFacts facts, Vocabulary vocabulary, LabelIndex index, Links links) {
        this.sparql = sparql;
        this.facts = facts;
        this.vocabulary = vocabulary;
        this.index = index;
        this.links = links;
    }

    Optional<String> render(String iri) {
        EntityView v = facts.load(iri);
        if ( v.isEmpty() )
            return Optional.empty();
        Html h = new Html(links, v.self.name());
        Pages.alternates(h, links.href(iri));
        h.raw("<h1>").text(v.self.name()).raw("</h1><p class=\"iri\">IRI <code>").text(iri).raw("</code> · ");
        Pages.downloads(h, links.href(iri));
        h.raw("</p><dl class=\"meta\">");
        v.attributes.forEach((p, values) -> {
            if ( p.equals(EntityFacts.DCT_TITLE) )
                return;
            h.raw("<dt>").text(vocabulary.label(p)).raw("</dt>");
            for ( String x : values ) {
                h.raw("<dd>");
                if ( x.startsWith("http://") || x.startsWith("https://") )
                    h.link(x, x);
                else
                    h.text(x);
                h.raw("</dd>");
            }
        });
        h.raw("</dl>\n");
        factsSection(h, iri);
        mentioned(h, v);
        return Optional.of(h.render());
    }

    private void factsSection(Html h, String iri) {
        Map<String, List<Map<String, Node>>> byProperty = new TreeMap<>();
        for ( Map<String, Node> row : sparql.select(FACTS, Map.of("a", NodeFactory.createURI(iri))) )
            byProperty.computeIfAbsent(row.get("p").getURI(), k -> new ArrayList<>()).add(row);
        h.raw("<section id=\"facts\"><h2>读出的事实 Facts read from this article <span class=\"count\">")
         .text(String.valueOf(byProperty.values().stream().mapToInt(List::size).sum())).raw("</span></h2>");
        byProperty.forEach((p, rows) -> {
            rows.sort(Comparator.comparing((Map<String, Node> r) -> name(r, "s")).thenComparing(r -> name(r, "o")));
            h.raw("<h3>").text(vocabulary.label(p)).raw("</h3><ul class=\"facts\">");
            for ( Map<String, Node> r : rows ) {
                h.raw("<li class=\"fact\">");
                end(h, r, "s");
                h.raw(" <span class=\"prop\">").text(vocabulary.label(p)).raw("</span> ");
                end(h, r, "o");
                List<String> names = new ArrayList<>();
                names.add(name(r, "s"));
                names.add(name(r, "o"));
                if ( r.get("oTitle") != null )
                    names.add(r.get("oTitle").getLiteralLexicalForm());
                for ( String end : List.of("s", "o") )
                    if ( r.get(end).isURI() )
                        names.addAll(index.names(r.get(end).getURI()));
                h.raw("<br><q>").raw(Highlighter.mark(r.get("ev").getLiteralLexicalForm(), names)).raw("</q></li>");
            }
            h.raw("</ul>");
        });
        h.raw("</section>\n");
    }

    private void end(Html h, Map<String, Node> r, String end) {
        Node n = r.get(end);
        if ( n.isURI() )
            h.link(links.href(n.getURI()), name(r, end));
        else
            h.text(name(r, end));
    }

    private static String name(Map<String, Node> r, String end) {
        Node zh = r.get(end + "Zh");
        if ( zh != null )
            return zh.getLiteralLexicalForm();
        Node n = r.get(end);
        return n.isURI() ? new Ref(n.getURI()).name() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private void mentioned(Html h, EntityView v) {
        Map<String, Fact> mentions = v.in.get(EntityFacts.MENTIONED_IN);
        if ( mentions == null )
            return;
        Map<String, List<Ref>> byClass = new TreeMap<>(Comparator.comparingInt(c -> {
            int i = Vocabulary.CLASSES.indexOf(c);
            return i < 0 ? 99 : i;
        }));
        mentions.values().forEach(f -> byClass.computeIfAbsent(f.other.cls(), k -> new ArrayList<>()).add(f.other));
        h.raw("<section id=\"mentioned\"><h2>提及的实体 Entities mentioned <span class=\"count\">")
         .text(String.valueOf(mentions.size())).raw("</span></h2>");
        byClass.forEach((cls, refs) -> {
            h.raw("<h3>").text(vocabulary.classLabel(cls)).raw("</h3><p class=\"entities\">");
            refs.sort(Comparator.comparing(Ref::name));
            for ( Ref r : refs ) {
                h.link(links.href(r.iri), r.name());
                h.raw(" ");
            }
            h.raw("</p>");
        });
        h.raw("</section>\n");
    }
}
