package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;
import static org.w3id.kechuang.extract.SentenceDraft.indexStartingAt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.nlp.Token;

/**
 * People: HanLP's person tags (checked against the surname list), the name in the slot right after a title even
 * when HanLP missed it, and names continuing a list after 、.
 */
final class PersonFinder {

    private static final Set<String> LIST_JOINERS = Set.of("、");

    private final Gazetteer gaz;

    PersonFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    void find(SentenceDraft d, List<TitleMention> titles) {
        List<Token> tokens = d.tokens;
        Mention[] owner = d.owner;
        boolean[] isTitle = d.isTitle;
        List<Mention> out = d.found;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (owner[i] == null && t.hasTag("nr") && gaz.looksLikePersonName(t.text())) {
                int e = i + 1;
                String name = t.text();
                // HanLP cuts some names short (欧阳明/辉): take one more character when a boundary follows.
                if (e < tokens.size() && tokens.get(e).text().length() == 1 && !tokens.get(e).isPunctuation()
                        && !tokens.get(e).isVerb() && !gaz.isAnyTrigger(tokens.get(e).text())
                        && (e + 1 == tokens.size() || tokens.get(e + 1).isPunctuation())
                        && gaz.looksLikePersonName(name + tokens.get(e).text()) && owner[e] == null && !isTitle[e]) {
                    name = name + tokens.get(e).text();
                    e++;
                }
                add(person(name, tokens.get(i).start()), tokens, owner, out);
            }
        }
        // The slot right after a title (副主任王晓东、, 党委书记刘建军，) holds a name even when HanLP missed it.
        for (TitleMention title : titles) {
            int i = indexStartingAt(tokens, title.end());
            if (i < 0 || owner[i] != null) {
                continue;
            }
            slotName(tokens, i, isTitle, owner).ifPresent(m -> add(m, tokens, owner, out));
        }
        // A list of names continues after 、 (王宁、李明、赵刚).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Mention p : List.copyOf(out)) {
                if (p.type() != EntityType.PERSON) {
                    continue;
                }
                int j = indexStartingAt(tokens, p.end());
                if (j < 0 || !LIST_JOINERS.contains(tokens.get(j).text()) || j + 1 >= tokens.size()
                        || owner[j + 1] != null) {
                    continue;
                }
                Optional<Mention> next = slotName(tokens, j + 1, isTitle, owner);
                if (next.isPresent()) {
                    add(next.get(), tokens, owner, out);
                    changed = true;
                }
            }
        }
    }

    private Optional<Mention> slotName(List<Token> tokens, int i, boolean[] isTitle, Mention[] owner) {
        StringBuilder name = new StringBuilder();
        int start = tokens.get(i).start();
        for (int j = i; j < tokens.size() && name.length() < 4; j++) {
            Token t = tokens.get(j);
            if (owner[j] != null || isTitle[j] || t.isPunctuation() || t.hasTag("p") || t.hasTag("t")
                    || t.hasTag("d") || t.hasTag("u") || t.hasTag("c") || t.hasTag("m") || t.hasTag("f")
                    || t.hasTag("ns") || (t.text().length() > 1 && gaz.lookup(t.text()).isPresent()) || gaz.isAnyTrigger(t.text())
                    || (t.isVerb() && !(name.length() == 0 && t.text().length() == 1))) {
                break;
            }
            if (name.length() + t.text().length() > 4) {
                break;
            }
            name.append(t.text());
        }
        String s = name.toString();
        return gaz.looksLikePersonName(s) ? Optional.of(person(s, start)) : Optional.empty();
    }

    private static Mention person(String name, int start) {
        return new Mention(name, EntityType.PERSON, start, start + name.length(), name, null);
    }
}
