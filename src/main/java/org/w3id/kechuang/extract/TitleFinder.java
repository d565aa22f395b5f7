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
            }
        }
        return out;
    }
}
