package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.nlp.Token;

/** Finds post and title words (副部长, 党委书记, 院士), including ones HanLP cut in two (副/部长). */
final class TitleFinder {

    private static final Set<String> UNITS = RuleFile.of("holdsPosition").wordSet("unit");

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
            if (s.isPresent() && namesAUnit(tokens, i)) {
                continue;
            }
            if (s.isPresent()) {
                out.add(new TitleMention(t.text(), s.get(), t.start(), t.end()));
                continue;
            }
            Optional<TitleMention> cut = cutFromName(tokens, i);
            if (cut.isPresent()) {
                out.add(cut.get());
                if (cut.get().end() > t.end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** A title word that with the character after it names a unit (参事/室, 巡视/组), no post. */
    private boolean namesAUnit(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || tokens.get(i + 1).text().length() != 1) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return UNITS.contains(next) || gaz.isSuffix(next);
    }

    /**
     * A title whose first characters HanLP glued to the name before it (某院党委/书记 → 党委书记, 某部党组/成员 →
     * 党组成员): the word's tail and the next word make a title of three characters or more.
     */
    private Optional<TitleMention> cutFromName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.text().length() < 3) {
            return Optional.empty();
        }
        for (int k = 1; k <= t.text().length() - 2; k++) {
            // The title is the word's whole tail (某院党委书记 as one word).
            String tail = t.text().substring(k);
            if (tail.length() >= 3 && gaz.title(tail).isPresent()) {
                return Optional.of(new TitleMention(tail, gaz.title(tail).get(), t.start() + k, t.end()));
            }
            if (i + 1 < tokens.size() && gaz.title(tail + tokens.get(i + 1).text()).isPresent()) {
                String title = tail + tokens.get(i + 1).text();
                return Optional.of(new TitleMention(title, gaz.title(title).get(), t.start() + k, tokens.get(i + 1).end()));
            }
        }
        return Optional.empty();
    }
}
