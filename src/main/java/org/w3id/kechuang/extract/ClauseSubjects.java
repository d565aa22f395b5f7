package org.w3id.kechuang.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;

/**
 * Who a clause is about, for the rules whose subject is often left out (…，位于X; …，聚焦A、B等领域; …，积极支持X):
 * the body, place, facility or meeting named at the start of the clause, the X of a clause 由A与B组建的X / 在A成立的X,
 * or the X a clause sets up (双方将共建X). Walking back from a verb, a clause opened by a person ends the search: the
 * verb is that person's.
 */
final class ClauseSubjects {

    /** The words and patterns of this rule: data, kechuang/rules/clause-subjects.tsv. */
    private static final RuleFile RULES = RuleFile.of("clause-subjects");
    static final Pattern ACTOR = RULES.pattern("actor");
    private static final Pattern HEAD_CLAUSE = RULES.pattern("head-clause");
    private static final Pattern SETS_UP = RULES.pattern("sets-up");

    private ClauseSubjects() {
    }

    static boolean isSubjectLike(Mention m) {
        return Mentions.isOrg(m) || m.type() == EntityType.PLACE || m.type() == EntityType.FACILITY
                || m.type() == EntityType.MEETING || m.type() == EntityType.PROGRAMME;
    }

    /**
     * The subject of the verb at {@code at}: a body before it in its own clause (a place only as an actor:
     * 四川将全力支持…), else the subject of the nearest earlier clause that has one.
     */
    static Optional<Mention> before(AnalyzedSentence s, int at) {
        int clause = s.clauseStart(at);
        for (Mention m : s.mentionsIn(clause, at)) {
            if (m.type() == EntityType.PERSON) {
                return Optional.empty();
            }
            if (isSubjectLike(m) && (m.type() != EntityType.PLACE || ACTOR.matcher(s.text().substring(m.end())).find()
                    || m.end() == at)) {
                return Optional.of(m);
            }
        }
        int end = clause - 1;
        while (end > 0) {
            int start = s.clauseStart(end);
            Optional<Mention> opener = s.mentionStartingAt(start);
            if (opener.isPresent() && opener.get().type() == EntityType.PERSON) {
                return Optional.empty();
            }
            Optional<Mention> subject = of(s, start, end);
            if (subject.isPresent()) {
                return subject;
            }
            end = start - 1;
        }
        return Optional.empty();
    }

    /** The subject of the clause [start, end). */
    static Optional<Mention> of(AnalyzedSentence s, int start, int end) {
        Optional<Mention> opener = s.mentionStartingAt(start).filter(ClauseSubjects::isSubjectLike);
        if (opener.isPresent()) {
            return opener;
        }
        String text = s.text().substring(start, end);
        Optional<Mention> last = s.mentionEndingAt(end).filter(m -> m.start() >= start).filter(Mentions::isThing);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        String before = s.text().substring(start, last.get().start());
        // 由上海市与清华大学共同组建的X / 在上海交通大学成立的X: the clause names X.
        if (HEAD_CLAUSE.matcher(text).find() && before.endsWith("的")) {
            return last;
        }
        // 双方将共建X: X is what the sentence goes on about.
        if (SETS_UP.matcher(before).find()) {
            return last;
        }
        return Optional.empty();
    }
}
