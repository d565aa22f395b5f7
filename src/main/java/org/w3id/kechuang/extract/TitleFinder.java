package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.nlp.Token;

/** Finds post and title words (副部长, 党委书记, 院士), including ones HanLP cut in two (副/部长). */
final class TitleFinder {

    private final Gazetteer gaz;

    TitleFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    List<TitleMention> find(List<Token> tokens) {
        List<TitleMention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i + 1 < tokens.size()) {
                String two = t.text() + tokens.get(i + 1).text();
                Optional<Gazetteer.TitleScope> s2 = gaz.title(two);
                if (s2.isPresent()) {
                    out.add(new TitleMention(two, s2.get(), t.start(), tokens.get(i + 1).end()));
                    i++;
                    continue;
                }
            }
            Optional<Gazetteer.TitleScope> s = gaz.title(t.text());
            if (s.isPresent()) {
                out.add(new TitleMention(t.text(), s.get(), t.start(), t.end()));
                continue;
            }
            Optional<TitleMention> cut = cutFromName(tokens, i);
            if (cut.isPresent()) {
                out.add(cut.get());
                i++;
            }
        }
        return out;
    }

    /**
     * A title whose first characters HanLP glued to the name before it (某院党委/书记 → 党委书记, 某部党组/成员 →
     * 党组成员): the word's tail and the next word make a title of three characters or more.
     */
    private Optional<TitleMention> cutFromName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i + 1 >= tokens.size() || t.text().length() < 3) {
            return Optional.empty();
        }
        Token next = tokens.get(i + 1);
        for (int k = 1; k <= t.text().length() - 2; k++) {
            String title = t.text().substring(k) + next.text();
            Optional<Gazetteer.TitleScope> s = gaz.title(title);
            if (s.isPresent()) {
                return Optional.of(new TitleMention(title, s.get(), t.start() + k, next.end()));
            }
        }
        return Optional.empty();
    }
}
