package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The HTML page of one entity; works without JavaScript (the graph view is the only script). */
final class EntityPage {
    static final int MAX_EVIDENCE = 5;
    private final Vocabulary vocabulary;
    private final Links links;

    EntityPage(Vocabulary vocabulary, Links links) {
        this.vocabulary = vocabulary;
        this.links = links;
    }

    String render(EntityView v) {
        Html h = new Html(links, v.self.name());
        Pages.alternates(h, links.href(v.self.iri));
        h.head("<script defer src=\"" + Html.esc(links.page("assets/vendor/cytoscape.min.js")) + "\"></script>");
        h.head("<script defer src=\"" + Html.esc(links.page("assets/graph.js")) + "\"></script>");
        header(h, v);
        linksOut(h, v);
        attributes(h, v);
        if ( !v.positions.isEmpty() )
            positions(h, v);
        if ( !v.timeline.isEmpty() )
            timeline(h, v);
        Map<String, Fact> locatedHere = v.in.get(Vocabulary.KC + "locatedIn");
        if ( locatedHere != null && !locatedHere.isEmpty() ) {
            h.raw("<section id=\"located-here\"><h2>位于此处 What is located here</h2>");
            facts(h, v, locatedHere.values());
            h.raw("</section>\n");
        }
        h.raw("<section id=\"graph\"><h2>关系图 Graph</h2><div id=\"cy\" data-src=\"")
         .text(links.page("graph?iri=" + Pages.enc(v.self.iri)))
         .raw("\"></div><noscript>The graph view needs JavaScript; every relation is listed below.</noscript></section>\n");
        if ( v.truncated )
            h.raw("<p class=\"truncated\">").text("This entity has more statements than a page lists ("
                + EntityFacts.ROW_LIMIT + " each way); the SPARQL endpoint has them all.").raw("</p>");
        groups(h, v, v.out, "out", "关系 Relations");
        groups(h, v, v.in, "in", "被引用 Relations in");
        mentions(h, v);
        return h.render();
    }

    private void header(Html h, EntityView v) {
        h.raw("<h1>").text(v.self.name()).raw("</h1>\n<p class=\"names\">");
        if ( v.self.en != null && v.self.zh != null )
            h.raw("<span lang=\"en\" class=\"en\">").text(v.self.en).raw("</span> ");
        if ( !v.altLabels.isEmpty() )
            h.raw("<span class=\"alt\">又名 also: ").text(String.join("、", v.altLabels)).raw("</span>");
        h.raw("</p>\n<p class=\"classes\">");
        for ( String c : v.self.classes ) {
            String local = c.substring(Vocabulary.KC.length());
            if ( c.startsWith(Vocabulary.KC) )
                Pages.classBadge(h, links, vocabulary, local);
        }
        h.raw("</p>\n<p class=\"iri\">IRI <code>").text(v.self.iri).raw("</code> · ");
        Pages.downloads(h, links.href(v.self.iri));
        h.raw("</p>\n");
    }

    private void linksOut(Html h, EntityView v) {
        if ( v.sameAs.isEmpty() && v.lat == null )
            return;
        h.raw("<section id=\"links\"><h2>链接 Links</h2><ul>");
        for ( String s : v.sameAs ) {
            h.raw("<li>");
            h.link(s, Pages.datasetOf(s) + " " + s.substring(s.lastIndexOf('/', s.length() - 2) + 1).replace("/", ""));
            h.raw("</li>");
        }
        if ( v.lat != null && v.lon != null ) {
            String osm = "https://www.openstreetmap.org/?mlat=" + v.lat + "&mlon=" + v.lon + "#map=9/" + v.lat + "/" + v.lon;
            h.raw("<li>坐标 Coordinates ").text(v.lat + ", " + v.lon).raw(" (");
            h.link(osm, "OpenStreetMap");
            h.raw(")</li>");
        }
        h.raw("</ul></section>\n");
    }

    private void attributes(Html h, EntityView v) {
        if ( v.attributes.isEmpty() )
            return;
        h.raw("<section id=\"attributes\"><h2>属性 Attributes</h2><dl>");
        v.attributes.forEach((p, values) -> {
            h.raw("<dt>").text(vocabulary.label(p)).raw("</dt>");
            values.forEach(x -> h.raw("<dd>").text(x).raw("</dd>"));
        });
        h.raw("</dl></section>\n");
    }

    private void positions(Html h, EntityView v) {
        h.raw("<section id=\"positions\"><h2>职务 Positions</h2><ul class=\"dated\">");
        for ( EntityView.PositionRow p : v.positions ) {
            h.raw("<li><time>").text(p.asOf() == null ? "" : p.asOf()).raw("</time> ");
            h.link(links.href(p.position().iri), p.title() != null ? p.title() : p.position().name());
            if ( p.organization() != null ) {
                h.raw(" · ");
                h.link(links.href(p.organization().iri), p.organization().name());
            }
            h.raw("</li>");
        }
        h.raw("</ul></section>\n");
    }

    private void timeline(Html h, EntityView v) {
        h.raw("<section id=\"timeline\"><h2>活动 Visits and meetings</h2><ol class=\"dated\">");
        for ( EntityView.TimelineRow t : v.timeline ) {
            h.raw("<li><time>").text(t.date()).raw("</time> <span class=\"role\">").text(role(t.role())).raw("</span> ");
            h.link(links.href(t.event().iri), t.event().name());
            if ( !t.sites().isEmpty() ) {
                h.raw(" → ");
                for ( int i = 0; i < t.sites().size(); i++ ) {
                    if ( i > 0 )
                        h.raw("、");
                    h.link(links.href(t.sites().get(i).iri), t.sites().get(i).name());
                }
            }
            h.raw("</li>");
        }
        h.raw("</ol></section>\n");
    }

    private static String role(String role) {
        return switch ( role ) {
            case "visitor" -> "调研 visit";
            case "chaired" -> "主持 chaired";
            default -> "出席 attended";
        };
    }

    private void groups(Html h, EntityView v, Map<String, Map<String, Fact>> groups, String id, String title) {
        if ( groups.isEmpty() )
            return;
        h.raw("<section id=\"relations-" + id + "\"><h2>").text(title).raw("</h2>");
        groups.forEach((p, facts) -> {
            h.raw("<h3>").text(id.equals("in") ? "← " + vocabulary.label(p) : vocabulary.label(p) + " →")
             .raw(" <span class=\"count\">").text(String.valueOf(facts.size())).raw("</span></h3>");
            facts(h, v, facts.values());
        });
        h.raw("</section>\n");
    }

    private void facts(Html h, EntityView v, Collection<Fact> facts) {
        List<Fact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparing(Fact::date).thenComparing(f -> f.other.name()));
        h.raw("<ul class=\"facts\">");
        for ( Fact f : sorted ) {
            h.raw("<li>");
            h.link(links.href(f.other.iri), f.other.name());
            String cls = f.other.cls();
            if ( !cls.equals("Thing") )
                h.raw(" <span class=\"cls\" style=\"background:" + Vocabulary.colour(cls) + "\">").text(vocabulary.classLabel(cls)).raw("</span>");
            evidence(h, f.evidence(), List.of(v.self.name(), f.other.name()), v.altLabels);
            h.raw("</li>");
        }
        h.raw("</ul>\n");
    }

    private void evidence(Html h, List<Evidence> evidence, List<String> names, Collection<String> more) {
        if ( evidence.isEmpty() )
            return;
        List<String> all = new ArrayList<>(names);
        all.addAll(more);
        h.raw("<ul class=\"evidence\">");
        // A fact restated by many articles (a hub in a large graph) shows its first sentences and a count.
        for ( Evidence e : evidence.subList(0, Math.min(evidence.size(), MAX_EVIDENCE)) ) {
            h.raw("<li><q>").raw(Highlighter.mark(e.sentence(), all)).raw("</q>");
            if ( e.article() != null ) {
                h.raw(" — ");
                h.link(links.href(e.article()), e.articleTitle() != null ? e.articleTitle() : "article");
                if ( e.date() != null )
                    h.raw(" <time>").text(e.date()).raw("</time>");
            }
            h.raw("</li>");
        }
        if ( evidence.size() > MAX_EVIDENCE )
            h.raw("<li class=\"more\">").text("… " + (evidence.size() - MAX_EVIDENCE) + " more sentence(s) state it").raw("</li>");
        h.raw("</ul>");
    }

    private void mentions(Html h, EntityView v) {
        if ( v.mentionedIn.isEmpty() )
            return;
        h.raw("<section id=\"mentions\"><h2>提及于 Mentioned in</h2><ul class=\"dated\">");
        v.mentionedIn.values().stream()
            .sorted(Comparator.comparing((Ref a) -> v.articleDates.getOrDefault(a.iri, "")).reversed())
            .forEach(a -> {
                h.raw("<li><time>").text(v.articleDates.getOrDefault(a.iri, "")).raw("</time> ");
                h.link(links.href(a.iri), a.name());
                h.raw("</li>");
            });
        h.raw("</ul></section>\n");
    }
}
