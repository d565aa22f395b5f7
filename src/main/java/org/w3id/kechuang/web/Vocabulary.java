package org.w3id.kechuang.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;

/**
 * Names of the ontology's terms (read once from the ontology graph in the store) and the classes'
 * order and colours on the pages.
 */
final class Vocabulary {
    static final String KC = "https://w3id.org/kechuang/ontology#";

    /** Most specific first: an entity typed University and Organization is shown as a University. */
    static final List<String> CLASSES = List.of("Person", "GovernmentBody", "ResearchInstitute", "University",
        "InnovationCentre", "Enterprise", "Organization", "Place", "Facility", "Programme", "Field", "Visit",
        "Meeting", "Event", "Position", "Article");

    private static final Map<String, String> COLOURS = Map.ofEntries(
        Map.entry("Person", "#d94f3d"), Map.entry("GovernmentBody", "#3b6fb6"),
        Map.entry("ResearchInstitute", "#2a9d8f"), Map.entry("University", "#6a4c93"),
        Map.entry("InnovationCentre", "#1b998b"), Map.entry("Enterprise", "#8d6e63"),
        Map.entry("Organization", "#4d7ea8"), Map.entry("Place", "#e9a23b"), Map.entry("Facility", "#c06c84"),
        Map.entry("Programme", "#7cb342"), Map.entry("Field", "#00acc1"), Map.entry("Visit", "#f4845f"),
        Map.entry("Meeting", "#f7b267"), Map.entry("Event", "#f25c54"), Map.entry("Position", "#9e9e9e"),
        Map.entry("Article", "#607d8b"));

    private static final Query LABELS = Sparql.parse("""
        SELECT ?t ?l WHERE { ?t rdfs:label ?l FILTER(STRSTARTS(STR(?t), STR(kc:))) }
        """);

    private final Sparql sparql;
    private volatile Map<String, String[]> labels;

    Vocabulary(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The most specific kc: class among {@code classIris}, as a local name; "Thing" when none. */
    static String mostSpecific(Collection<String> classIris) {
        for ( String c : CLASSES )
            if ( classIris.contains(KC + c) )
                return c;
        return "Thing";
    }

    static String colour(String localName) {
        return COLOURS.getOrDefault(localName, "#777777");
    }

    /** e.g. "高等院校 university" for kc:University; the local name for a term without labels. */
    String label(String iri) {
        String[] zhEn = labels().get(iri);
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        if ( zhEn == null )
            return local;
        if ( zhEn[0] != null && zhEn[1] != null )
            return zhEn[0] + " " + zhEn[1];
        return zhEn[0] != null ? zhEn[0] : zhEn[1];
    }

    String classLabel(String localName) {
        return label(KC + localName);
    }

    private Map<String, String[]> labels() {
        Map<String, String[]> m = labels;
        if ( m == null ) {
            m = new HashMap<>();
            for ( Map<String, Node> row : sparql.select(LABELS, Map.of()) ) {
                Node l = row.get("l");
                String[] zhEn = m.computeIfAbsent(row.get("t").getURI(), k -> new String[2]);
                if ( "zh".equals(l.getLiteralLanguage()) )
                    zhEn[0] = l.getLiteralLexicalForm();
                else
                    zhEn[1] = l.getLiteralLexicalForm();
            }
            labels = m;
        }
        return m;
    }
}
