package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.nlp.Token;

/**
 * One sentence while its names are being found: its tokens, which mention (if any) owns each token, which tokens
 * are titles, and the mentions so far. Finders run in turn and never claim a token twice.
 */
final class SentenceDraft {

    final String text;
    final List<Token> tokens;
    final Mention[] owner;
    final boolean[] isTitle;
    final List<Mention> found = new ArrayList<>();

    SentenceDraft(String text, List<Token> tokens, List<TitleMention> titles) {
        this.text = text;
        this.tokens = tokens;
        this.owner = new Mention[tokens.size()];
        this.isTitle = new boolean[tokens.size()];
        for (TitleMention t : titles) {
            for (int i = 0; i < tokens.size(); i++) {
                Token k = tokens.get(i);
                if (k.start() >= t.start() && k.end() <= t.end()) {
                    isTitle[i] = true;
                }
            }
        }
    }

    static void add(Mention m, List<Token> tokens, Mention[] owner, List<Mention> out) {
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.end() > m.start() && t.start() < m.end()) {
                if (owner[j] != null) {
                    return;
                }
            }
        }
        for (int j = 0; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.end() > m.start() && t.start() < m.end()) {
                owner[j] = m;
            }
        }
        out.add(m);
    }

    static String concat(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            b.append(tokens.get(j).text());
        }
        return b.toString();
    }

    static int indexStartingAt(List<Token> tokens, int offset) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).start() == offset) {
                return j;
            }
        }
        return -1;
    }

    static int tokenIndexOf(List<Token> tokens, int offset) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).end() > offset) {
                return j;
            }
        }
        return tokens.size();
    }
}
