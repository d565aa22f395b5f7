package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.Relation;

/**
 * A relation stated by data alone, as "A与B签署…协议": in a clause, a subject and an object joined by a connective
 * word, then a trigger word. Its rule file {@code kechuang/rules/<property>.tsv} says {@code mechanism pair} and
 * lists the words; the subject and object must fit the relation's domain and range. Adding such a relation takes
 * its {@link Relation} constant and the file, no class and no registration ({@link RuleSequence} finds it).
 */
final class PairRule implements RelationRule {
    static final String MECHANISM = "pair";

    private final Relation relation;
    private final List<String> triggers;
    private final List<String> connectives;
    /** What may stand between the object and the trigger (正式, 共同); empty when absent from the file. */
    private final Pattern between;
    /** What must follow the trigger in its clause (…协议); anything when absent from the file. */
    private final Pattern after;

    PairRule(Relation relation, RuleFile rules) {
        this.relation = relation;
        this.triggers = rules.words("trigger");
        this.connectives = rules.words("connective");
        this.between = rules.has("between") ? rules.pattern("between") : Pattern.compile("");
        this.after = rules.has("after") ? rules.pattern("after") : Pattern.compile("");
    }

    /** The data-only rule of this relation, when its rule file names the pair mechanism. */
    static Optional<RelationRule> of(Relation relation) {
        return RuleFile.find(relation.property())
                .filter(f -> f.has("mechanism") && f.text("mechanism").equals(MECHANISM))
                .map(f -> new PairRule(relation, f));
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        String text = s.text();
        for (String trigger : triggers) {
            for (int at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
                int end = at + trigger.length();
                if (after.matcher(text.substring(end, s.clauseEnd(end))).lookingAt()) {
                    pairBefore(s, at, ctx);
                }
            }
        }
    }

    /** A connective B (between) trigger: the last such pair in the clause before the trigger. */
    private void pairBefore(AnalyzedSentence s, int trigger, ArticleContext ctx) {
        String text = s.text();
        List<Mention> ms = s.mentionsIn(s.clauseStart(trigger), trigger);
        for (int i = ms.size() - 2; i >= 0; i--) {
            Mention a = ms.get(i);
            Mention b = ms.get(i + 1);
            boolean joined = connectives.contains(text.substring(a.end(), b.start()));
            if (joined && between.matcher(text.substring(b.end(), trigger)).matches()
                    && relation.domain().stream().anyMatch(a.type()::isA)
                    && relation.range().stream().anyMatch(b.type()::isA)) {
                ctx.table.fact(ctx.node(a), relation, ctx.node(b), text);
                return;
            }
        }
    }
}
