package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;

/** Reads an {@link EntityView} from the graph: a few SPARQL queries, each bound to the entity's IRI. */
final class EntityFacts {
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    static final String ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";
    static final String SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    static final String LAT = "http://www.w3.org/2003/01/geo/wgs84_pos#lat";
    static final String LONG = "http://www.w3.org/2003/01/geo/wgs84_pos#long";
    static final String MENTIONED_IN = Vocabulary.KC + "mentionedIn";
    static final String DCT_TITLE = "http://purl.org/dc/terms/title";
    static final String DCT_ISSUED = "http://purl.org/dc/terms/issued";
    /** A hub (a city in a large graph) lists this many rows at most per direction. */
    static final int ROW_LIMIT = 5000;

    private static final String OTHER_END = """
          OPTIONAL { ?o rdfs:label ?oZh FILTER(LANG(?oZh) = "zh") }
          OPTIONAL { ?o rdfs:label ?oEn FILTER(LANG(?oEn) = "en") }
          OPTIONAL { ?o dct:title ?oTitle }
          OPTIONAL { ?o dct:issued ?oIssued }
          OPTIONAL { ?o a ?oClass FILTER(STRSTARTS(STR(?oClass), STR(kc:))) }
        """;
    // TRIPLE() rather than << >>: the entity's IRI is substituted into the query, and substitution does
    // not reach variables inside a triple term. Bound before the OPTIONAL, so the OPTIONAL joins on ?t.
    private static final String EVIDENCE = """
          BIND(TRIPLE(?s, ?p, ?o) AS ?t)
          OPTIONAL { ?r rdf:reifies ?t ; kc:evidence ?ev ; prov:wasDerivedFrom ?art .
                     OPTIONAL { ?art dct:issued ?artIssued } OPTIONAL { ?art dct:title ?artTitle } }
        """;
    private static final Query OUT = Sparql.parse("SELECT * WHERE { ?s ?p ?o FILTER(?p != rdf:reifies) "
        + OTHER_END + EVIDENCE + "} LIMIT " + ROW_LIMIT);
    // Incoming: ?o is still the other end, now the statement's subject.
    private static final Query IN = Sparql.parse("SELECT * WHERE { ?o ?p ?s " + OTHER_END
        + EVIDENCE.replace("TRIPLE(?s, ?p, ?o)", "TRIPLE(?o, ?p, ?s)") + "} LIMIT " + ROW_LIMIT);
    private static final Query POSITIONS = Sparql.parse("""
        SELECT ?pos ?posZh ?title ?org ?orgZh ?asOf WHERE {
          ?s kc:holdsPosition ?pos .
          OPTIONAL { ?pos rdfs:label ?posZh FILTER(LANG(?posZh) = "zh") }
          OPTIONAL { ?pos kc:title ?title }
          OPTIONAL { ?pos kc:asOf ?asOf }
          OPTIONAL { ?pos kc:organization ?org OPTIONAL { ?org rdfs:label ?orgZh FILTER(LANG(?orgZh) = "zh") } }
        } ORDER BY DESC(?asOf) ?title
        """);
    private static final Query TIMELINE = Sparql.parse("""
        SELECT ?ev ?evZh ?date ?role ?site ?siteZh WHERE {
          { ?ev kc:visitor ?s BIND("visitor" AS ?role) }
          UNION { ?s kc:attended ?ev BIND("attended" AS ?role) }
          UNION { ?s kc:chaired ?ev BIND("chaired" AS ?role) }
          ?ev kc:date ?date .
          OPTIONAL { ?ev rdfs:label ?evZh FILTER(LANG(?evZh) = "zh") }
          OPTIONAL { ?ev kc:site ?site OPTIONAL { ?site rdfs:label ?siteZh FILTER(LANG(?siteZh) = "zh") } }
        } ORDER BY ?date ?evZh
        """);

    private final Sparql sparql;

    EntityFacts(Sparql sparql) {
        this.sparql = sparql;
    }

    EntityView load(String iri) {
        EntityView v = new EntityView(iri);
        Map<String, Node> bind = Map.of("s", NodeFactory.createURI(iri));
        Map<String, Ref> refs = new HashMap<>();
        List<Map<String, Node>> out = sparql.select(OUT, bind);
        List<Map<String, Node>> in = sparql.select(IN, bind);
        out.forEach(row -> addOut(v, row, refs));
        in.forEach(row -> addIn(v, row, refs));
        v.truncated = out.size() == ROW_LIMIT || in.size() == ROW_LIMIT;
        if ( v.is("Person") ) {
            positions(v, bind);
            timeline(v, bind);
        }
        return v;
    }

    private void addOut(EntityView v, Map<String, Node> row, Map<String, Ref> refs) {
        String p = row.get("p").getURI();
        Node o = row.get("o");
        switch ( p ) {
            case RDFS_LABEL -> {
                if ( "zh".equals(o.getLiteralLanguage()) ) v.self.zh = o.getLiteralLexicalForm();
                else if ( "en".equals(o.getLiteralLanguage()) ) v.self.en = o.getLiteralLexicalForm();
                else v.altLabels.add(o.getLiteralLexicalForm());
                return;
            }
            case ALT_LABEL -> { v.altLabels.add(o.getLiteralLexicalForm()); return; }
            case RDF_TYPE -> { if ( o.isURI() ) v.self.classes.add(o.getURI()); return; }
            case SAME_AS -> { if ( o.isURI() ) v.sameAs.add(o.getURI()); return; }
            case LAT -> { v.lat = o.getLiteralLexicalForm(); return; }
            case LONG -> { v.lon = o.getLiteralLexicalForm(); return; }
            case DCT_TITLE -> v.self.title = o.isLiteral() ? o.getLiteralLexicalForm() : null;
            case MENTIONED_IN -> {
                if ( o.isURI() ) {
                    Ref a = ref(refs, o, row);
                    v.mentionedIn.put(a.iri, a);
                    if ( row.get("oIssued") != null )
                        v.articleDates.put(a.iri, day(row.get("oIssued")));
                }
                return;
            }
            default -> { }
        }
        add(v.out, p, o, row, refs, v);
    }

    private void addIn(EntityView v, Map<String, Node> row, Map<String, Ref> refs) {
        String p = row.get("p").getURI();
        Node o = row.get("o");
        if ( p.equals(SAME_AS) || !o.isURI() )
            return;
        add(v.in, p, o, row, refs, v);
    }

    private void add(Map<String, Map<String, Fact>> groups, String p, Node o, Map<String, Node> row,
                     Map<String, Ref> refs, EntityView v) {
        if ( o.isLiteral() ) {
            v.attributes.computeIfAbsent(p, k -> new TreeSet<>()).add(literal(o));
            return;
        }
        if ( o.isBlank() || o.isTripleTerm() )
            return;
        Ref other = ref(refs, o, row);
        Fact f = groups.computeIfAbsent(p, k -> new LinkedHashMap<>()).computeIfAbsent(other.iri, k -> new Fact(other, null));
        Node ev = row.get("ev");
        if ( ev != null ) {
            Node art = row.get("art");
            f.evidence.add(new Evidence(ev.getLiteralLexicalForm(), art == null ? null : art.getURI(),
                text(row.get("artTitle")), row.get("artIssued") == null ? null : day(row.get("artIssued"))));
        }
    }

    private static Ref ref(Map<String, Ref> refs, Node o, Map<String, Node> row) {
        Ref r = refs.computeIfAbsent(o.getURI(), Ref::new);
        if ( row.get("oZh") != null ) r.zh = row.get("oZh").getLiteralLexicalForm();
        if ( row.get("oEn") != null ) r.en = row.get("oEn").getLiteralLexicalForm();
        if ( row.get("oTitle") != null ) r.title = row.get("oTitle").getLiteralLexicalForm();
        if ( row.get("oClass") != null ) r.classes.add(row.get("oClass").getURI());
        return r;
    }

    private void positions(EntityView v, Map<String, Node> bind) {
        Map<String, EntityView.PositionRow> seen = new LinkedHashMap<>();
        for ( Map<String, Node> row : sparql.select(POSITIONS, bind) ) {
            Ref pos = new Ref(row.get("pos").getURI());
            pos.zh = text(row.get("posZh"));
            Ref org = null;
            if ( row.get("org") != null ) {
                org = new Ref(row.get("org").getURI());
                org.zh = text(row.get("orgZh"));
            }
            seen.putIfAbsent(pos.iri, new EntityView.PositionRow(pos, text(row.get("title")), org,
                row.get("asOf") == null ? null : day(row.get("asOf"))));
        }
        v.positions.addAll(seen.values());
    }

    private void timeline(EntityView v, Map<String, Node> bind) {
        Map<String, List<Ref>> sites = new LinkedHashMap<>();
        Map<String, EntityView.TimelineRow> rows = new TreeMap<>();
        for ( Map<String, Node> row : sparql.select(TIMELINE, bind) ) {
            String ev = row.get("ev").getURI();
            String key = day(row.get("date")) + " " + ev + " " + text(row.get("role"));
            List<Ref> list = sites.computeIfAbsent(key, k -> new ArrayList<>());
            if ( row.get("site") != null && list.stream().noneMatch(r -> r.iri.equals(row.get("site").getURI())) ) {
                Ref s = new Ref(row.get("site").getURI());
                s.zh = text(row.get("siteZh"));
                list.add(s);
            }
            rows.computeIfAbsent(key, k -> {
                Ref e = new Ref(ev);
                e.zh = text(row.get("evZh"));
                return new EntityView.TimelineRow(day(row.get("date")), e, text(row.get("role")), list);
            });
        }
        v.timeline.addAll(rows.values());
    }

    static String text(Node n) {
        return n == null || !n.isLiteral() ? null : n.getLiteralLexicalForm();
    }

    /** "2022-02-21" from an xsd:date or the day of an xsd:dateTime. */
    static String day(Node n) {
        String s = n.getLiteralLexicalForm();
        return s.length() >= 10 ? s.substring(0, 10) : s;
    }

    private static String literal(Node o) {
        String lang = o.getLiteralLanguage();
        return o.getLiteralLexicalForm() + (lang == null || lang.isEmpty() ? "" : " @" + lang);
    }
}
