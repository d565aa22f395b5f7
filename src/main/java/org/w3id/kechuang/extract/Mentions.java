package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/** Small queries over a sentence's mentions that several rules share. */
final class Mentions {
    /** What may stand between two names of one list (data, kechuang/rules/mentions.tsv). */
    private static final String LIST_BETWEEN = MentionFinder.RULES.text("list-between");

    private Mentions() {
    }

    static boolean isOrg(Mention m) {
        return m.type().isOrganization();
    }

    /** Things that can be visited, supported or located: organisations, places, facilities, events, programmes. */
    static boolean isThing(Mention m) {
        return m.type() != EntityType.PERSON && m.type() != EntityType.FIELD;
    }

    /**
     * The list of mentions starting right after offset (allowing up to {@code gap} characters of quotes or
     * spaces before the first) and continuing while only 、, 和, 及, 与 or quotes separate them.
     */
    static List<Mention> listAfter(AnalyzedSentence s, int offset, int gap, Predicate<Mention> p) {
        List<Mention> out = new ArrayList<>();
        String text = s.text();
        int pos = offset;
        while (true) {
            Mention next = null;
            for (Mention m : s.mentions()) {
                if (m.start() >= pos && m.start() - pos <= gap && p.test(m)) {
                    String between = text.substring(pos, m.start());
                    if (between.chars().allMatch(c -> LIST_BETWEEN.indexOf(c) >= 0)
                            && (out.isEmpty() || !between.isEmpty())) {
                        next = m;
                        break;
                    }
                }
            }
            if (next == null) {
                return out;
            }
            out.add(next);
            pos = next.end();
            gap = 2;
            while (pos < text.length() && "”’\"》".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }
    }

    /** The last mention ending at or before offset within the sentence that satisfies p. */
    static Optional<Mention> lastBefore(AnalyzedSentence s, int offset, Predicate<Mention> p) {
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.end() <= offset && p.test(m)) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Indices of tokens whose text triggers the given kind. */
    static List<Integer> triggers(AnalyzedSentence s, Gazetteer gaz, Gazetteer.Trigger kind) {
        List<Integer> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (gaz.isTrigger(tokens.get(i).text(), kind) && !inMention(s, tokens.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    static boolean inMention(AnalyzedSentence s, Token t) {
        return s.mentions().stream().anyMatch(m -> t.start() >= m.start() && t.end() <= m.end());
    }
}
