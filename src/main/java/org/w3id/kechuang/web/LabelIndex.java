package org.w3id.kechuang.web;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * Every name of every entity (labels zh/en and alternative labels) in memory, for search and for the
 * names and classes the graph view shows. A few thousand names even on a large graph: a scan answers
 * in well under a millisecond, and handles prefix, substring and abbreviation matches alike (交大 for
 * 上海交通大学), which a Lucene index (jena-text) would need an n-gram analyzer and a rebuild step for.
 * Read from the store at first use, again when older than {@link #MAX_AGE} (the store may be updated).
 */
final class LabelIndex {
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private static final Query NAMES = Sparql.parse("""
        SELECT ?e ?l ?alt ?c WHERE {
          { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l BIND(true AS ?alt) }
          UNION { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(kc:))) }
          FILTER(STRSTARTS(STR(?e), "https://w3id.org/kechuang/resource/"))
        }
        """);

    /** An entity's names and classes. */
    static final class Info {
        final Ref ref;
        final Set<String> alts = new LinkedHashSet<>();

        Info(String iri) {
            this.ref = new Ref(iri);
        }
    }

    /** A search result: the entity, the name that matched, and how well (0 = exact). */
    record Hit(Info info, String matched, int tier) {}

    private record Name(String normal, String text, Info info) {}

    private record Snapshot(Map<String, Info> infos, List<Name> names, long builtAt) {}

    private final Sparql sparql;
    private volatile Snapshot snapshot;

    LabelIndex(Sparql sparql) {
        this.sparql = sparql;
    }

    Info info(String iri) {
        return current().infos().get(iri);
    }

    /** All names of an entity: labels and alternative labels. */
    List<String> names(String iri) {
        Info i = info(iri);
        if ( i == null )
            return List.of();
        List<String> all = new ArrayList<>();
        if ( i.ref.zh != null ) all.add(i.ref.zh);
        if ( i.ref.en != null ) all.add(i.ref.en);
        all.addAll(i.alts);
        return all;
    }

    /** Best hits first: exact name, then prefix, word prefix, substring, abbreviation; shorter names first. */
    List<Hit> search(String query, int limit) {
        String q = normal(query);
        if ( q.isEmpty() )
            return List.of();
        Map<String, Hit> best = new HashMap<>();
        for ( Name n : current().names() ) {
            int tier = tier(n.normal(), q);
            if ( tier < 0 )
                continue;
            Hit old = best.get(n.info().ref.iri);
            if ( old == null || tier < old.tier() || (tier == old.tier() && n.text().length() < old.matched().length()) )
                best.put(n.info().ref.iri, new Hit(n.info(), n.text(), tier));
        }
        return best.values().stream()
            .sorted(Comparator.comparingInt(Hit::tier).thenComparingInt(h -> h.matched().length())
                .thenComparing(Hit::matched))
            .limit(limit).toList();
    }

    static int tier(String name, String q) {
        if ( name.equals(q) ) return 0;
        if ( name.startsWith(q) ) return 1;
        int at = name.indexOf(q);
        if ( at > 0 && !Character.isLetterOrDigit(name.charAt(at - 1)) ) return 2;
        if ( at > 0 ) return 3;
        if ( q.length() >= 2 && isCjk(q) && inOrder(name, q) ) return 4;
        return -1;
    }

    /** Chinese abbreviations keep characters of the full name in order: 交大 in 上海交通大学. */
    private static boolean inOrder(String name, String q) {
        int from = 0;
        for ( int i = 0; i < q.length(); i++ ) {
            from = name.indexOf(q.charAt(i), from);
            if ( from < 0 )
                return false;
            from++;
        }
        return true;
    }

    private static boolean isCjk(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Full-width forms folded, lower case, runs of spaces as one. */
    static String normal(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
            .replaceAll("\\s+", " ").strip();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if ( s == null || System.currentTimeMillis() - s.builtAt() > MAX_AGE.toMillis() ) {
            synchronized ( this ) {
                s = snapshot;
                if ( s == null || System.currentTimeMillis() - s.builtAt() > MAX_AGE.toMillis() )
                    snapshot = s = load();
            }
        }
        return s;
    }

    private Snapshot load() {
        Map<String, Info> infos = new HashMap<>();
        List<Name> names = new ArrayList<>();
        for ( Map<String, Node> row : sparql.select(NAMES, Map.of()) ) {
            Info i = infos.computeIfAbsent(row.get("e").getURI(), Info::new);
            Node c = row.get("c");
            if ( c != null ) {
                i.ref.classes.add(c.getURI());
                continue;
            }
            Node l = row.get("l");
            String text = l.getLiteralLexicalForm();
            String lang = l.getLiteralLanguage();
            if ( row.get("alt") != null || !(lang.equals("zh") || lang.equals("en")) )
                i.alts.add(text);
            else if ( lang.equals("zh") )
                i.ref.zh = text;
            else
                i.ref.en = text;
            names.add(new Name(normal(text), text, i));
        }
        return new Snapshot(infos, names, System.currentTimeMillis());
    }
}
