package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3id.kechuang.model.Relation;

/**
 * The relation rules in the order they run on each sentence, checked when built: every need is provided by an
 * earlier pass, every need on earlier sentences by a later one. A misordered list fails at start-up, not as a
 * silent loss of facts.
 */
final class RuleSequence {
    private final List<RelationRule> rules;

    RuleSequence(List<RelationRule> rules) {
        this.rules = List.copyOf(rules);
        List<String> problems = problems(this.rules);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("relation rules out of order: " + String.join("; ", problems));
        }
    }

    /**
     * The project's rules, positions first (others ask who holds which post), then the relations stated by data
     * alone ({@link PairRule}), the discourse tracker last.
     */
    static RuleSequence standard() {
        List<RelationRule> rules = new ArrayList<>(List.of(
                new PositionExtractor(), new VisitExtractor(), new MeetingExtractor(), new SupportExtractor(),
                new LocationExtractor(), new EstablishmentExtractor(), new PartOfExtractor(), new FocusExtractor()));
        for (Relation r : Relation.values()) {
            PairRule.of(r).ifPresent(rules::add);
        }
        rules.add(new DiscourseTracker());
        return new RuleSequence(rules);
    }

    void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (RelationRule rule : rules) {
            rule.apply(s, ctx);
        }
    }

    private static List<String> problems(List<RelationRule> rules) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RelationRule rule = rules.get(i);
            Set<Discourse> before = provided(rules.subList(0, i));
            Set<Discourse> after = provided(rules.subList(i + 1, rules.size()));
            for (Discourse d : rule.requires()) {
                if (!before.contains(d)) {
                    out.add(name(rule) + " needs " + d + " from a pass before it");
                }
            }
            for (Discourse d : rule.requiresFromEarlierSentences()) {
                if (!after.contains(d)) {
                    out.add(name(rule) + " reads " + d + " of earlier sentences, so its provider must run after it");
                }
            }
        }
        return out;
    }

    private static Set<Discourse> provided(List<RelationRule> rules) {
        Set<Discourse> out = EnumSet.noneOf(Discourse.class);
        rules.forEach(r -> out.addAll(r.provides()));
        return out;
    }

    private static String name(RelationRule rule) {
        return rule.getClass().getSimpleName();
    }
}
