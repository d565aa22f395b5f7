package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.kechuang.nlp.Sentence;
import org.w3id.kechuang.nlp.Token;

/**
 * A sentence with its tokens, the names and the titles found in it; what the relation rules read.
 *
 * @param paragraph index of the paragraph it belongs to
 */
public record AnalyzedSentence(Sentence sentence, int paragraph, List<Token> tokens, List<Mention> mentions,
                               List<TitleMention> titles) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        titles = List.copyOf(titles);
    }

    public String text() {
        return sentence.text();
    }

    /** The same sentence with other mentions, kept in text order. */
    public AnalyzedSentence withMentions(List<Mention> newMentions) {
        List<Mention> sorted = new ArrayList<>(newMentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        return new AnalyzedSentence(sentence, paragraph, tokens, sorted, titles);
    }

    /** Mentions lying entirely within [from, to). */
    public List<Mention> mentionsIn(int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    public List<Mention> mentionsIn(int from, int to, Predicate<Mention> p) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).filter(p).toList();
    }

    /** Index of the first token at or after an offset, or the token count. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }

    public Optional<Mention> mentionStartingAt(int offset) {
        return mentions.stream().filter(m -> m.start() == offset).findFirst();
    }

    public Optional<Mention> mentionEndingAt(int offset) {
        return mentions.stream().filter(m -> m.end() == offset).findFirst();
    }

    /** The end of the clause containing offset: the next ，,：: or the sentence end. */
    public int clauseEnd(int offset) {
        String t = text();
        for (int i = offset; i < t.length(); i++) {
            if ("，,：:。；;！？".indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return t.length();
    }

    /** The start of the clause containing offset. */
    public int clauseStart(int offset) {
        String t = text();
        for (int i = Math.min(offset, t.length()) - 1; i >= 0; i--) {
            if ("，,：:。；;！？".indexOf(t.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }
}
