package org.w3id.kechuang.link;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.resolve.Candidate;
import org.w3id.kechuang.resolve.EntityLinker;
import org.w3id.kechuang.resolve.Link;
import org.w3id.kechuang.resolve.LinkContext;
import org.w3id.kechuang.resolve.Resolution;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import org.w3id.kechuang.store.StoreException;

/**
 * What linking achieved in a built store: per class, how many entities carry a Wikidata or ROR link,
 * and which unlinked names match several records, with the candidates a curator can choose from.
 */
public final class LinkReport {
    /** Entities of one class in the article graphs and how many of them are linked. */
    public record Coverage(String className, int entities, int wikidata, int ror, int linked) {}

    /** An unlinked entity whose name several records carry. */
    public record Ambiguous(String iri, String className, String name, List<Candidate> candidates) {}

    private final List<Coverage> coverage;
    private final List<Ambiguous> ambiguous;

    private LinkReport(List<Coverage> coverage, List<Ambiguous> ambiguous) {
        this.coverage = List.copyOf(coverage);
        this.ambiguous = List.copyOf(ambiguous);
    }

    public List<Coverage> coverage() {
        return coverage;
    }

    public List<Ambiguous> ambiguous() {
        return ambiguous;
    }

    /** Reads the article graphs of the store (never the reference graph: it mentions nothing). */
    public static LinkReport of(KgStore store, EntityLinker linker) throws StoreException {
        Map<String, StoredEntity> entities = new LinkedHashMap<>();
        for (QuerySolution r : QueryRunner.select(store, """
                SELECT DISTINCT ?e ?c ?label ?link ?lat WHERE {
                  GRAPH ?g { ?e a ?c ; rdfs:label ?label . FILTER(lang(?label) = "zh") }
                  FILTER(STRSTARTS(STR(?g), STR(art:)))
                  FILTER(STRSTARTS(STR(?c), STR(kc:)) && ?c NOT IN (kc:Position, kc:Article))
                  OPTIONAL { ?e owl:sameAs ?link }
                  OPTIONAL { ?e geo:lat ?lat }
                } ORDER BY ?c ?label""")) {
            String iri = r.getResource("e").getURI();
            String cls = r.getResource("c").getLocalName();
            StoredEntity e = entities.computeIfAbsent(iri + " " + cls,
                    k -> new StoredEntity(iri, cls, r.getLiteral("label").getLexicalForm(), new LinkedHashSet<>()));
            if (r.get("lat") != null) {
                // A place its article told apart: linked to its row, though the row has no trusted item.
                e.links().add(LOCATED);
            }
            RDFNode link = r.get("link");
            if (link != null && link.isURIResource()) {
                e.links().add(link.asResource().getURI());
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        List<Ambiguous> ambiguous = new ArrayList<>();
        for (StoredEntity e : entities.values()) {
            int[] c = counts.computeIfAbsent(e.className(), k -> new int[4]);
            c[0]++;
            boolean wd = e.links().stream().anyMatch(l -> l.startsWith(KC.WIKIDATA));
            boolean ror = e.links().stream().anyMatch(l -> l.startsWith(KC.ROR));
            c[1] += wd ? 1 : 0;
            c[2] += ror ? 1 : 0;
            c[3] += e.links().stream().anyMatch(l -> !l.equals(LOCATED)) ? 1 : 0;
            EntityType type = EntityType.byClassName(e.className());
            if (e.links().isEmpty() && type != null) {
                Resolution res = linker.resolve(Entity.of(type, e.label()), LinkContext.NONE);
                if (res.isAmbiguous()) {
                    ambiguous.add(new Ambiguous(e.iri(), e.className(), e.label(), res.candidates()));
                }
            }
        }
        List<Coverage> coverage = new ArrayList<>();
        counts.forEach((cls, c) -> coverage.add(new Coverage(cls, c[0], c[1], c[2], c[3])));
        return new LinkReport(coverage, ambiguous);
    }

    /** Marks a place that was matched to the places table but carries no identifier. */
    private static final String LOCATED = "located";

    private record StoredEntity(String iri, String className, String label, Set<String> links) {}

    public void printCoverage(PrintWriter out) {
        out.println("Link coverage (entities with a link / entities of the class):");
        out.printf("  %-20s %9s %9s %9s %9s %7s%n", "class", "entities", "Wikidata", "ROR", "linked", "share");
        int n = 0;
        int linked = 0;
        for (Coverage c : coverage) {
            out.printf("  %-20s %9d %9d %9d %9d %6.0f%%%n", c.className(), c.entities(), c.wikidata(), c.ror(),
                    c.linked(), 100.0 * c.linked() / c.entities());
            n += c.entities();
            linked += c.linked();
        }
        out.printf("  %-20s %9d %9s %9s %9d %6.0f%%%n", "all", n, "", "", linked, n == 0 ? 0.0 : 100.0 * linked / n);
        out.flush();
    }

    public void printAmbiguous(PrintWriter out) {
        if (ambiguous.isEmpty()) {
            out.println("No unlinked name matches several records.");
            out.flush();
            return;
        }
        out.println("Names that match several records, left unlinked (add the right one to "
                + "src/main/resources/kechuang/reference/links.tsv):");
        for (Ambiguous a : ambiguous) {
            out.printf("  %s (%s) <%s>%n", a.name(), a.className(), a.iri());
            for (Candidate c : a.candidates()) {
                out.printf("    - %s%s%s  %s%n", c.name(), c.englishName() == null ? "" : " / " + c.englishName(),
                        c.where() == null ? "" : " [" + c.where() + "]",
                        c.iris().isEmpty() ? "(no identifier)" : String.join(" ", c.iris()));
            }
        }
        out.flush();
    }
}
