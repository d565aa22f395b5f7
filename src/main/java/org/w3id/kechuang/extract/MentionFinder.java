package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;
import static org.w3id.kechuang.extract.SentenceDraft.concat;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/**
 * Finds the names in one segmented sentence, running small finders in turn over a {@link SentenceDraft}: titles,
 * quoted names, names by structure (organisations, suffix-named places, meetings, lists of fields), names the
 * gazetteer knows,
 * people, places and abbreviations. Names that need the whole article to resolve (a bare 市委, an abbreviation)
 * get a null canonical name.
 */
public final class MentionFinder {

    /** What was found in one sentence. */
    public record Found(List<Mention> mentions, List<TitleMention> titles) {
    }

    /** The words and patterns of finding names: data, kechuang/rules/mentions.tsv. */
    static final RuleFile RULES = RuleFile.of("mentions");
    private static final Set<String> PLACE_INTRODUCERS = RULES.wordSet("place-introducer");
    private static final Set<String> CONJUNCTIONS = RULES.wordSet("conjunction");
    private static final String NUMERALS = RULES.text("numerals");

    private final Gazetteer gaz;
    private final TitleFinder titleFinder;
    private final QuotedNameFinder quotedFinder;
    private final StructuralNameFinder structuralFinder;
    private final PersonFinder personFinder;
    private final FieldFinder fieldFinder;

    public MentionFinder(Gazetteer gaz) {
        this.gaz = gaz;
        this.titleFinder = new TitleFinder(gaz);
        this.quotedFinder = new QuotedNameFinder(gaz);
        this.structuralFinder = new StructuralNameFinder(gaz);
        this.personFinder = new PersonFinder(gaz);
        this.fieldFinder = new FieldFinder(gaz);
    }

    public Found find(String sentence, List<Token> tokens) {
        List<TitleMention> titles = titleFinder.find(tokens);
        SentenceDraft d = new SentenceDraft(sentence, tokens, titles);
        quotedFinder.find(d);
        structuralFinder.find(d);
        fieldFinder.find(d);
        known(d);
        personFinder.find(d, titles);
        places(d);
        List<Mention> out = campuses(sentence, new java.util.ArrayList<>(d.found));
        out.sort(Comparator.comparingInt(Mention::start));
        return new Found(out, titles);
    }

    /**
     * A university's campus named with its city in brackets (某大学（深圳）) is its own university: the bracket
     * belongs to the name, and the place in it is no separate mention.
     */
    private List<Mention> campuses(String sentence, List<Mention> ms) {
        for (Mention m : List.copyOf(ms)) {
            if (m.type() != EntityType.UNIVERSITY || m.end() >= sentence.length()) {
                continue;
            }
            char open = sentence.charAt(m.end());
            int close = sentence.indexOf(open == '（' ? '）' : ')', m.end());
            if ((open != '（' && open != '(') || close < 0 || close - m.end() > 6) {
                continue;
            }
            String inner = sentence.substring(m.end() + 1, close);
            boolean place = gaz.lookup(inner).filter(k -> k.type() == EntityType.PLACE).isPresent();
            if (!place || inner.length() < 2) {
                continue;
            }
            ms.removeIf(x -> x.start() > m.end() && x.end() <= close);
            String name = sentence.substring(m.start(), close + 1);
            String canonical = m.canonical() + "（" + inner + "）";
            ms.set(ms.indexOf(m), new Mention(name, m.type(), m.start(), close + 1, canonical, null));
        }
        return ms;
    }

    // ---- names the gazetteer knows that no suffix revealed (中共中央, 国务院, places, fields) ---------------

    private void known(SentenceDraft d) {
        List<Token> tokens = d.tokens;
        Mention[] owner = d.owner;
        boolean[] isTitle = d.isTitle;
        List<Mention> out = d.found;
        for (int i = 0; i < tokens.size(); i++) {
            if (owner[i] != null || isTitle[i]) {
                continue;
            }
            for (int e = Math.min(tokens.size(), i + 5); e > i; e--) {
                boolean free = true;
                for (int j = i; j < e; j++) {
                    free &= owner[j] == null && !isTitle[j];
                }
                if (!free) {
                    continue;
                }
                String text = concat(tokens, i, e);
                Optional<Gazetteer.Known> k = gaz.lookup(text);
                // A two-character place name is also an ordinary word (合作, 建设): trust it only when tagged ns.
                if (k.isPresent() && k.get().type() == EntityType.PLACE && text.length() < 3
                        && !(e - i == 1 && tokens.get(i).hasTag("ns"))) {
                    continue;
                }
                // A field word in passing (储能装备, 超算对基础研究) is not a field the article names; one in a list
                // or after a focus verb is.
                if (k.isPresent() && k.get().type() == EntityType.FIELD && !inFieldContext(tokens, i, e)) {
                    continue;
                }
                if (k.isPresent() && (e - i > 1 || text.length() >= 2)) {
                    Gazetteer.Known kn = k.get();
                    add(new Mention(text, kn.type(), tokens.get(i).start(), tokens.get(e - 1).end(), kn.canonical(),
                            null), tokens, owner, out);
                    i = e - 1;
                    break;
                }
            }
        }
    }

    private boolean inFieldContext(List<Token> tokens, int from, int to) {
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        String after = to < tokens.size() ? tokens.get(to).text() : "";
        // Glued to the word before it (磁约束核聚变, 人工智能芯片), the field word is part of another phrase.
        if (from > 0 && isNominal(tokens.get(from - 1))) {
            return false;
        }
        return before.equals("、") || after.equals("、") || after.equals("等") || gaz.isFieldListHead(after)
                || gaz.isTrigger(before, Gazetteer.Trigger.FOCUS) || CONJUNCTIONS.contains(after)
                || CONJUNCTIONS.contains(before);
    }

    private static boolean isNominal(Token t) {
        String tag = t.tag();
        return (tag.startsWith("n") && !tag.equals("nnt")) || tag.equals("vn") || tag.equals("b") || tag.startsWith("g");
    }

    // ---- places ---------------------------------------------------------------------------------------------

    private void places(SentenceDraft d) {
        List<Token> tokens = d.tokens;
        Mention[] owner = d.owner;
        List<Mention> out = d.found;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (owner[i] != null) {
                continue;
            }
            if (t.hasTag("ns") && t.text().length() >= 2 && !StructuralNameFinder.isQuantity(t) && !gaz.isPlaceStop(t.text())
                    && NUMERALS.indexOf(t.text().charAt(0)) < 0) {
                String canonical = gaz.lookup(t.text()).filter(k -> k.type() == EntityType.PLACE)
                        .map(Gazetteer.Known::canonical).orElse(t.text());
                add(new Mention(t.text(), EntityType.PLACE, t.start(), t.end(), canonical, null), tokens, owner, out);
            } else if ((t.hasTag("j") && t.text().length() >= 2 && t.text().length() <= 3)
                    || (t.hasTag("nt") && t.text().length() >= 2 && t.text().length() <= 5)) {
                // An abbreviation (浙大) or a short name HanLP knows as an organisation (哈工大, 华为): kept only if
                // the article names the organisation it stands for.
                add(new Mention(t.text(), EntityType.ORGANIZATION, t.start(), t.end(), null, null), tokens, owner, out);
            } else if (t.text().length() == 1 && i > 0 && PLACE_INTRODUCERS.contains(tokens.get(i - 1).text())) {
                Optional<String> p = gaz.placeAbbreviation(t.text());
                if (p.isPresent()) {
                    add(new Mention(t.text(), EntityType.PLACE, t.start(), t.end(), p.get(), null), tokens, owner, out);
                }
            }
        }
    }
}
