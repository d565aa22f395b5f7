package org.w3id.kechuang.eval;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import org.w3id.kechuang.store.StoreException;

/**
 * Reads the facts of each article graph back out of the store, in the gold standard's shape. The
 * evaluation measures the graph users query, not the extractor's internal records.
 */
public final class GraphFacts {
    private GraphFacts() {}

    /** Classes: the class of every entity that is not an event (events are scored by their relations). */
    private static final String TYPES = "SELECT ?g ?s ?o WHERE { GRAPH ?g { ?e a ?c ; rdfs:label ?s ."
            + " FILTER(lang(?s) = \"zh\") VALUES ?c { "
            + Arrays.stream(EntityType.values()).filter(t -> !t.isEvent()).map(t -> "kc:" + t.className())
                    .collect(Collectors.joining(" "))
            + " } BIND(STRAFTER(STR(?c), STR(kc:)) AS ?o) } }";

    /** A query per scored relation, binding ?g (article graph), ?s, ?o and optionally ?d (detail). */
    private static String queryOf(Relation r) {
        if (r == Relation.HOLDS_POSITION) {
            return """
                    SELECT ?g ?s ?o ?d WHERE { GRAPH ?g { ?p kc:holdsPosition ?pos ; rdfs:label ?s .
                      ?pos kc:title ?d . FILTER(lang(?s) = "zh")
                      OPTIONAL { ?pos kc:organization/rdfs:label ?o FILTER(lang(?o) = "zh") } } }""";
        }
        if (r == Relation.VISITED) {
            return """
                    SELECT ?g ?s ?o ?d WHERE { GRAPH ?g { ?p kc:visited ?x . ?p rdfs:label ?s . ?x rdfs:label ?o .
                      FILTER(lang(?s) = "zh" && lang(?o) = "zh")
                      OPTIONAL { ?v kc:visitor ?p ; kc:site ?x ; kc:date ?d } } }""";
        }
        String head = "SELECT ?g ?s ?o" + (r.isAboutEvent() ? " ?d" : "") + " WHERE { GRAPH ?g { ?a kc:"
                + r.property() + " ?b . ?a rdfs:label ?s . ?b rdfs:label ?o ."
                + " FILTER(lang(?s) = \"zh\" && lang(?o) = \"zh\")";
        return head + (r.isAboutEvent() ? " OPTIONAL { ?b kc:date ?d }" : "") + " } }";
    }

    public static Set<GoldFact> read(KgStore store) throws StoreException {
        Set<GoldFact> facts = new LinkedHashSet<>();
        collect(store, GoldRelations.TYPE, TYPES, facts);
        collect(store, GoldFact.TITLE, "SELECT ?g ?s WHERE { GRAPH ?g { ?g dct:title ?s } }", facts);
        collect(store, GoldFact.ISSUED,
                "SELECT ?g ?s WHERE { GRAPH ?g { ?g dct:issued ?t } BIND(SUBSTR(STR(?t), 1, 10) AS ?s) }", facts);
        for (Relation r : GoldRelations.scored().toList()) {
            collect(store, GoldRelations.nameOf(r), queryOf(r), facts);
        }
        return facts;
    }

    private static void collect(KgStore store, String relation, String sparql, Set<GoldFact> into)
            throws StoreException {
        for (QuerySolution r : QueryRunner.select(store, sparql)) {
            String graph = r.getResource("g").getURI();
            if (!graph.startsWith(KC.ARTICLE_NS)) {
                continue;
            }
            String article = java.net.URLDecoder.decode(graph.substring(KC.ARTICLE_NS.length()),
                    java.nio.charset.StandardCharsets.UTF_8);
            into.add(GoldFact.of(article, relation, text(r, "s"), text(r, "o"), text(r, "d")));
        }
    }

    private static String text(QuerySolution r, String var) {
        var n = r.get(var);
        return n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
