package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/**
 * Fields by structure rather than by list: the items of a list closed by a field noun (聚焦量子信息、能源、人工智能等
 * 前沿领域; 网络通信、人工智能两大方向). A single item counts only right after a focus verb (聚焦眼科学领域). A list
 * that holds an organisation, a place or a person is not a list of fields.
 */
final class FieldFinder {

    private static final Set<String> JOINERS = MentionFinder.RULES.wordSet("field-joiner");
    private static final int MAX_ITEM = 12;

    private final Gazetteer gaz;

    FieldFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    void find(SentenceDraft d) {
        List<Token> tokens = d.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            if (!gaz.isFieldListHead(tokens.get(i).text()) || d.owner[i] != null || continuesNoun(tokens, i)) {
                continue;
            }
            // 集成电路、生物医药、人工智能三大先导产业重点领域: modifiers and further heads stand between list and head.
            int end = i;
            boolean counted = false;
            while (end > 0 && (gaz.isFieldListModifier(tokens.get(end - 1).text())
                    || gaz.isFieldListHead(tokens.get(end - 1).text()))) {
                end--;
                counted |= isCount(tokens.get(end));
            }
            list(d, end, counted).forEach(m -> add(m, tokens, d.owner, d.found));
        }
    }

    /** 产业 in 高端产业集群 is not the head of a list: a noun follows it. */
    private static boolean continuesNoun(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).hasTag("n");
    }

    /** 等, 两大, 三个: the words that say the words before them are a list. */
    private static boolean isCount(Token t) {
        return t.text().equals("等") || t.hasTag("m") || t.text().endsWith("大") && t.text().length() == 2
                || t.text().equals("多个");
    }

    /**
     * The fields of the list ending before token {@code end}, or none when it is not a list of fields. A list is
     * closed by 等 or a count (两大方向) or follows a focus verb (聚焦A、B领域).
     */
    private List<Mention> list(SentenceDraft d, int end, boolean counted) {
        List<Token> tokens = d.tokens;
        int start = end;
        while (start > 0 && !isHardBoundary(tokens.get(start - 1))) {
            start--;
        }
        // Items between joiners, right to left; the leftmost item is cut after the last word that is not field-like.
        List<int[]> items = new ArrayList<>();
        int itemEnd = end;
        for (int j = end - 1; j >= start; j--) {
            if (JOINERS.contains(tokens.get(j).text())) {
                items.add(0, new int[] {j + 1, itemEnd});
                itemEnd = j;
            }
        }
        int first = itemEnd;
        while (first > start && d.owner[first - 1] == null && (fieldLike(tokens.get(first - 1))
                || compoundVerb(tokens, first - 1, start))) {
            first--;
        }
        // 聚焦超/快/光学: one word HanLP took for a verb may sit between the focus verb and the field.
        if (first > start + 1 && first < itemEnd && tokens.get(first - 1).text().length() == 1
                && isFocus(tokens.get(first - 2))) {
            first--;
        }
        // 发展/人工智能: a general verb the segmenter took for a noun governs the list, it is not in the field.
        while (first < itemEnd - 1 && gaz.isNameVerb(tokens.get(first).text())) {
            first++;
        }
        boolean afterFocus = first > 0 && isFocus(tokens.get(first - 1));
        items.add(0, new int[] {first, itemEnd});
        if (!(counted && items.size() >= 2) && !afterFocus) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int[] it : items) {
            if (it[0] >= it[1]) {
                return List.of();
            }
            for (int j = it[0]; j < it[1]; j++) {
                Token t = tokens.get(j);
                Mention owner = d.owner[j];
                if ((owner != null && owner.type() != EntityType.FIELD) || d.isTitle[j] || t.hasTag("nr")
                        || t.hasTag("ns") || t.isPunctuation() || t.hasTag("u") || t.hasTag("p") || t.hasTag("r")
                        || t.hasTag("m") || t.hasTag("q")) {
                    return List.of();
                }
            }
            int from = tokens.get(it[0]).start();
            int to = tokens.get(it[1] - 1).end();
            String text = d.text.substring(from, to);
            if (text.length() < 2 || text.length() > MAX_ITEM) {
                return List.of();
            }
            String canonical = gaz.lookup(text).filter(k -> k.type() == EntityType.FIELD)
                    .map(Gazetteer.Known::canonical).orElse(text);
            out.add(new Mention(text, EntityType.FIELD, from, to, canonical, null));
        }
        return out;
    }

    /** A verb inside a field's name (智能/感知): a noun of the name stands right before it. */
    private boolean compoundVerb(List<Token> tokens, int j, int start) {
        Token t = tokens.get(j);
        if (!t.hasTag("v") || t.tag().equals("vshi") || t.tag().equals("vyou") || gaz.isAnyTrigger(t.text())
                || gaz.isFieldListOpener(t.text()) || j == start) {
            return false;
        }
        Token left = tokens.get(j - 1);
        return left.hasTag("n") && fieldLike(left) && !gaz.isNameVerb(t.text());
    }

    private boolean isFocus(Token t) {
        return gaz.isFieldListOpener(t.text());
    }

    private static boolean isHardBoundary(Token t) {
        return t.isPunctuation() && !t.text().equals("、");
    }

    /** A word that can be part of a field's name: nouns, nominal verbs, adjectives, abbreviations. */
    private boolean fieldLike(Token t) {
        if (gaz.isAnyTrigger(t.text()) || gaz.isFieldListOpener(t.text()) || gaz.title(t.text()).isPresent()
                || JOINERS.contains(t.text()) || t.hasTag("nr") || t.hasTag("ns") || t.hasTag("nt")) {
            return false;
        }
        String tag = t.tag();
        return tag.startsWith("n") || tag.equals("vn") || tag.startsWith("g") || tag.startsWith("b")
                || tag.equals("a") || tag.startsWith("j") || tag.startsWith("l") || tag.equals("x");
    }
}
