package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;

/**
 * Location: 位于P的X and X位于P; X落户P; and X … 在P(P…) … 挂牌/成立/举行/建设 (the most specific place of the run:
 * 在合肥高新区…挂牌 → 合肥高新区).
 */
final class LocationExtractor implements RelationRule {
    /** The words of this rule: data, kechuang/rules/locatedIn.tsv. */
    private static final Set<String> AT = RuleFile.of("locatedIn").wordSet("at");
    private static final Set<String> SEAT = RuleFile.of("locatedIn").wordSet("seat");
    private static final Set<String> SETS_UP_AT = RuleFile.of("locatedIn").wordSet("sets-up-at");

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.LOCATE)) {
            Token t = s.tokens().get(i);
            List<Mention> run = placeRun(s, t.end());
            if (run.isEmpty()) {
                continue;
            }
            // 位于合肥市蜀山区: the most specific place named, and only when the name ends there (not 广州 of an
            // unknown 广州大学城).
            Optional<Mention> place = Optional.of(run.get(run.size() - 1));
            if (!nameEnds(s, place.get().end())) {
                continue;
            }
            Optional<Mention> subject = Optional.empty();
            String after = s.text().substring(place.get().end());
            if (after.startsWith("的")) {
                subject = s.mentionStartingAt(place.get().end() + 1).filter(Mentions::isThing);
            }
            if (subject.isEmpty()) {
                subject = s.mentionEndingAt(t.start()).filter(Mentions::isThing);
            }
            int clause = s.clauseStart(t.start());
            if (subject.isEmpty() && (clause == t.start() || SEAT.contains(s.text().substring(clause, t.start())))) {
                // X由A与B共同组建，位于P: the subject of an earlier clause.
                subject = ClauseSubjects.before(s, t.start()).filter(m -> m.type() != EntityType.PERSON
                        && m.type() != EntityType.PLACE);
            }
            subject.ifPresent(x -> ctx.table.fact(ctx.node(x), Relation.LOCATED_IN, ctx.node(place.get()), s.text()));
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            // 正在 also introduces where something is being done (正在合肥高新区推进…建设).
            if (!AT.contains(t.text())) {
                continue;
            }
            List<Mention> run = placeRun(s, t.end());
            if (run.isEmpty()) {
                continue;
            }
            int runEnd = run.get(run.size() - 1).end();
            int clauseEnd = s.clauseEnd(runEnd);
            boolean located = false;
            Optional<Mention> object = Optional.empty();
            for (Token v : s.tokens()) {
                if (v.start() == runEnd && SETS_UP_AT.contains(v.text())) {
                    // 双方将在P设立X: what is set up right after the verb is what lies there.
                    object = s.mentionStartingAt(v.end()).filter(m -> Mentions.isThing(m)
                            && m.type() != EntityType.PLACE && m.type() != EntityType.PROGRAMME);
                    located = object.isPresent();
                    break;
                }
                // 在P举行/召开 locates the meeting held, which the meeting rule names whole; not the body before it.
                if (v.start() >= runEnd && v.end() <= clauseEnd && ctx.gaz.isTrigger(v.text(), Gazetteer.Trigger.LOCATE_AT)
                        && !ctx.gaz.isTrigger(v.text(), Gazetteer.Trigger.MEETING_HELD) && !Mentions.inMention(s, v)) {
                    located = true;
                }
            }
            if (!located) {
                continue;
            }
            Optional<Mention> subject = object.isPresent() ? object : Mentions.lastBefore(s, t.start(),
                    m -> Mentions.isThing(m) && m.type() != EntityType.PLACE && m.type() != EntityType.PROGRAMME)
                    .filter(m -> noNounBetween(s, m.end(), t.start()));
            subject.ifPresent(x -> ctx.table.fact(ctx.node(x), Relation.LOCATED_IN,
                    ctx.node(run.get(run.size() - 1)), s.text()));
        }
    }

    /**
     * No noun between the body and 在: the body is what lies there, not the owner of a thing named between
     * (某院更多成果在P落地 locates the results, not 某院).
     */
    private static boolean noNounBetween(AnalyzedSentence s, int from, int to) {
        // A note in brackets after the name (某设施（一期）) is still the name.
        return s.tokens().stream().noneMatch(t -> t.start() >= from && t.end() <= to && t.tag().startsWith("n")
                && !insideBrackets(s.text(), from, t.start()));
    }

    private static boolean insideBrackets(String text, int from, int at) {
        String before = text.substring(from, at);
        return before.lastIndexOf('（') > before.lastIndexOf('）') || before.lastIndexOf('(') > before.lastIndexOf(')');
    }

    /** The text after offset does not continue a name: punctuation, 的, or a word that is not a noun. */
    private static boolean nameEnds(AnalyzedSentence s, int offset) {
        if (offset >= s.text().length()) {
            return true;
        }
        char c = s.text().charAt(offset);
        if (!Character.isLetterOrDigit(c) || c == '的') {
            return true;
        }
        return s.tokens().stream().filter(t -> t.start() == offset).findFirst()
                .map(t -> !t.tag().startsWith("n") && !t.tag().startsWith("g")).orElse(false);
    }

    /** Consecutive place mentions starting at offset (合肥高新区 after 安徽). */
    private static List<Mention> placeRun(AnalyzedSentence s, int offset) {
        java.util.ArrayList<Mention> run = new java.util.ArrayList<>();
        int pos = offset;
        while (true) {
            Optional<Mention> m = s.mentionStartingAt(pos).filter(x -> x.type() == EntityType.PLACE);
            if (m.isEmpty()) {
                return run;
            }
            run.add(m.get());
            pos = m.get().end();
        }
    }
}
