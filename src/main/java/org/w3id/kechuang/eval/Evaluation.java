package org.w3id.kechuang.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores graph facts against a gold standard, per relation and overall (micro-averaged). A gold fact
 * marked optional is neither a miss when absent nor an error when present. Only articles that appear
 * in the gold standard are scored; an article's title and date only where the gold standard gives them
 * for that article (a line with an empty value says the page has none, so any found is wrong).
 */
public final class Evaluation {
    /** Counts for one relation: true positives, false positives, false negatives. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    private final Map<String, Score> perRelation = new TreeMap<>();
    private final List<GoldFact> missed = new ArrayList<>();
    private final List<GoldFact> wrong = new ArrayList<>();
    private int datedEvents;
    private int datedEventsFound;

    public static Evaluation of(List<GoldFact> gold, Collection<GoldFact> found) {
        Evaluation ev = new Evaluation();
        Set<String> articles = gold.stream().map(GoldFact::article).collect(Collectors.toSet());
        Set<String> metadataGiven = gold.stream().filter(GoldFact::isArticleMetadata)
                .map(g -> g.article() + "\t" + g.relation()).collect(Collectors.toSet());
        List<GoldFact> scored = found.stream().filter(f -> articles.contains(f.article()))
                .filter(f -> !f.isArticleMetadata() || metadataGiven.contains(f.article() + "\t" + f.relation()))
                .toList();
        for (GoldFact g : gold) {
            if (g.expectsNone()) {
                continue;
            }
            if (isDatedEvent(g)) {
                ev.datedEvents++;
                if (scored.stream().anyMatch(g::matches)) {
                    ev.datedEventsFound++;
                }
            }
            if (!g.optional() && scored.stream().noneMatch(g::matches)) {
                ev.missed.add(g);
                ev.add(g.relation(), new Score(0, 0, 1));
            } else if (!g.optional()) {
                ev.add(g.relation(), new Score(1, 0, 0));
            }
        }
        for (GoldFact f : scored) {
            if (gold.stream().noneMatch(g -> g.matches(f))) {
                ev.wrong.add(f);
                ev.add(f.relation(), new Score(0, 1, 0));
            }
        }
        return ev;
    }

    private static boolean isDatedEvent(GoldFact g) {
        return !g.optional() && !g.detail().isEmpty()
                && (g.relation().equals("visited") || g.relation().equals("attended") || g.relation().equals("chaired"));
    }

    private void add(String relation, Score s) {
        perRelation.merge(relation, s, Score::plus);
    }

    public Map<String, Score> perRelation() {
        return Map.copyOf(perRelation);
    }

    public Score overall() {
        return perRelation.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }

    /** The relation facts alone: no entity types, positions, titles or dates of articles. */
    public Score relations() {
        return perRelation.entrySet().stream().filter(e -> GoldRelations.isBetweenEntities(e.getKey()))
                .map(Map.Entry::getValue).reduce(new Score(0, 0, 0), Score::plus);
    }


    /**
     * Of the required visits, attendances and chairs the gold standard dates, the share found with that
     * date (1.0 when there are none).
     */
    public double eventDateRecall() {
        return datedEvents == 0 ? 1.0 : (double) datedEventsFound / datedEvents;
    }

    public List<GoldFact> missed() {
        return List.copyOf(missed);
    }

    public List<GoldFact> wrong() {
        return List.copyOf(wrong);
    }

    public void print(PrintWriter out, boolean details) {
        out.printf("%-14s %6s %6s %6s %5s %5s %5s%n", "relation", "P", "R", "F1", "tp", "fp", "fn");
        perRelation.forEach((rel, s) -> row(out, rel, s));
        row(out, "relations", relations());
        row(out, "overall", overall());
        out.printf("%-14s %d of %d dated visits and meetings found with their date (%.3f)%n", "event dates",
                datedEventsFound, datedEvents, eventDateRecall());
        if (details) {
            out.println();
            out.println("Missed (" + missed.size() + "):");
            missed.forEach(f -> out.println("  - " + f.describe()));
            out.println("Wrong (" + wrong.size() + "):");
            wrong.forEach(f -> out.println("  + " + f.describe()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score s) {
        out.printf("%-14s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
    }
}
