package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;
import static org.w3id.kechuang.extract.SentenceDraft.indexStartingAt;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/**
 * People: HanLP's person tags (checked against the surname list), the name in the slot right after a title even
 * when HanLP missed it, and names continuing a list after 、.
 */
final class PersonFinder {

    private static final Set<String> LIST_JOINERS = Set.of("、");
    /** Marks between the parts of a minority or foreign name (某某·某某, 约翰.史密斯). */
    private static final Set<String> INTERPUNCTS = Set.of("·", "•", "・", "‧", "．", ".");

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
            if (owner[i] == null && t.hasTag("nr") && gaz.looksLikePersonName(t.text()) && plausible(tokens, i, isTitle)) {
                int e = i + 1;
                String name = unglued(t.text());
                // HanLP cuts some names short (欧阳明/辉): take one more character when a boundary follows.
                if (e < tokens.size() && tokens.get(e).text().length() == 1 && !tokens.get(e).isPunctuation()
                        && !tokens.get(e).isVerb() && !gaz.isAnyTrigger(tokens.get(e).text())
                        && !tokens.get(e).hasTag("p")
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
        // A name HanLP cut into single characters beside a title (纪委书记祝/长/生，; 某大学荣/廷/昭院士) is whole.
        for (TitleMention title : titles) {
            runAfter(tokens, title.end(), isTitle, owner, out).ifPresent(m -> add(m, tokens, owner, out));
            runBefore(tokens, title.start(), isTitle, owner, out).ifPresent(m -> add(m, tokens, owner, out));
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
                Optional<Mention> next = slotName(tokens, j + 1, isTitle, owner).or(() -> listedName(tokens, j + 1, owner));
                if (next.isPresent()) {
                    add(next.get(), tokens, owner, out);
                    changed = true;
                }
            }
        }
        // A minority or foreign name is whole across its interpunct (某某·某某): HanLP keeps only the first part.
        for (Mention p : List.copyOf(out)) {
            if (p.type() == EntityType.PERSON && out.contains(p)) {
                acrossInterpunct(tokens, p, isTitle, owner).ifPresent(m -> {
                    // The parts HanLP found as names of their own (罗伯特, 古斯) give way to the whole.
                    for (int k = 0; k < owner.length; k++) {
                        Mention part = owner[k];
                        if (part != null && part.start() >= m.start() && part.end() <= m.end()) {
                            owner[k] = null;
                            out.remove(part);
                        }
                    }
                    add(m, tokens, owner, out);
                });
            }
        }
    }

    /**
     * The name running on from a person's part over one interpunct to a break on either side (某某·某某, 约翰.史密斯),
     * or nothing when no interpunct joins it.
     */
    private Optional<Mention> acrossInterpunct(List<Token> tokens, Mention p, boolean[] isTitle, Mention[] owner) {
        int from = indexStartingAt(tokens, p.start());
        int to = indexStartingAt(tokens, p.end());
        to = to < 0 ? (tokens.isEmpty() || tokens.get(tokens.size() - 1).end() != p.end() ? -1 : tokens.size()) : to;
        if (from < 0 || to < 0) {
            return Optional.empty();
        }
        boolean marked = false;
        int s = from;
        while (s > 0 && p.end() - tokens.get(s - 1).start() <= 16 && namePart(tokens, s - 1, isTitle, owner, marked)) {
            marked |= INTERPUNCTS.contains(tokens.get(--s).text());
        }
        int e = to;
        while (e < tokens.size() && tokens.get(e).end() - tokens.get(s).start() <= 16
                && namePart(tokens, e, isTitle, owner, marked)) {
            marked |= INTERPUNCTS.contains(tokens.get(e++).text());
        }
        String name = p.text();
        int start = tokens.get(s).start();
        StringBuilder b = new StringBuilder();
        for (int k = s; k < e; k++) {
            b.append(k >= from && k < to ? "" : tokens.get(k).text());
            if (k == from) {
                b.append(name);
            }
        }
        String whole = b.toString();
        boolean joined = INTERPUNCTS.stream().anyMatch(m -> whole.contains(m) && !whole.startsWith(m) && !whole.endsWith(m));
        return marked && joined ? Optional.of(person(whole, start)) : Optional.empty();
    }

    /** A token that can be part of a name written with an interpunct: Han characters, or the one interpunct. */
    private boolean namePart(List<Token> tokens, int j, boolean[] isTitle, Mention[] owner, boolean marked) {
        Token t = tokens.get(j);
        if ((owner[j] != null && owner[j].type() != EntityType.PERSON) || isTitle[j]) {
            return false;
        }
        if (INTERPUNCTS.contains(t.text())) {
            return !marked;
        }
        return t.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !t.isPunctuation() && !t.hasTag("p") && !t.hasTag("u") && !t.hasTag("c") && !t.hasTag("m")
                && !gaz.isPersonFollower(t.text()) && !gaz.isAnyTrigger(t.text()) && gaz.title(t.text()).isEmpty()
                && !(t.isVerb() && t.text().length() >= 2);
    }

    /**
     * Whether a name HanLP guessed sits where names sit: never after a number or measure word (四百/余人, 位/于成),
     * never inside a noun phrase (创新/强市, 平台/广布), and a two-character one never before another noun
     * (成渝/地区). Names after a title are found by the title slot instead.
     */
    private boolean plausible(List<Token> tokens, int i, boolean[] isTitle) {
        String name = tokens.get(i).text();
        if (name.contains("之") || gaz.lookup(name).filter(k -> k.type() == EntityType.PLACE).isPresent()) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            if (gaz.isBylineWord(tokens.get(j).text())) {
                return false;
            }
            if (!tokens.get(j).text().isBlank()) {
                break;
            }
        }
        if (i > 0 && !isTitle[i - 1]) {
            Token prev = tokens.get(i - 1);
            String tag = prev.tag();
            if (tag.startsWith("m") || tag.startsWith("q")) {
                return false;
            }
            // Inside a noun phrase (创新/强市, 平台/广布) a short guess is a word; a full name after a noun stays
            // (学生代表/张晓明).
            if (name.length() == 2 && (tag.equals("vi") || tag.equals("vn") || tag.equals("a") || tag.equals("n")
                    || tag.equals("ad"))) {
                return false;
            }
        }
        if (i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (next.hasTag("k")) {
                return false;
            }
            if (name.length() == 2 && next.hasTag("n") && !next.hasTag("nr") && !isTitle[i + 1]
                    && !gaz.isPersonFollower(next.text())) {
                return false;
            }
        }
        return true;
    }

    private Optional<Mention> slotName(List<Token> tokens, int i, boolean[] isTitle, Mention[] owner) {
        StringBuilder name = new StringBuilder();
        int start = tokens.get(i).start();
        for (int j = i; j < tokens.size() && name.length() < 4; j++) {
            Token t = tokens.get(j);
            if (owner[j] != null || isTitle[j] || t.isPunctuation() || t.hasTag("p") || t.tag().equals("t")
                    || t.tag().equals("ad")
                    || t.hasTag("d") || t.hasTag("u") || t.hasTag("c") || t.hasTag("m") || t.hasTag("f")
                    || (t.hasTag("ns") && !(name.length() == 0 && unknownNameLike(t)))
                    || (t.text().length() > 1 && gaz.lookup(t.text()).isPresent()) || gaz.isAnyTrigger(t.text())
                    || (t.isVerb() && !(name.length() == 0 && t.text().length() == 1))) {
                break;
            }
            if (name.length() + t.text().length() > 4) {
                break;
            }
            name.append(t.text());
        }
        String s = unglued(name.toString());
        return gaz.looksLikePersonName(s) ? Optional.of(person(s, start)) : Optional.empty();
    }

    /**
     * The name right after a title written in pieces of one or two characters up to a break (punctuation, a follower
     * such as 等 or 一行, a title, or a verb of two characters: 副局长梅/克/保/出席): whole, or nothing. A name found
     * by HanLP or by the slot that this run extends is replaced.
     */
    private Optional<Mention> runAfter(List<Token> tokens, int offset, boolean[] isTitle, Mention[] owner,
                                       List<Mention> out) {
        int i = indexStartingAt(tokens, offset);
        if (i < 0) {
            return Optional.empty();
        }
        int e = i;
        StringBuilder name = new StringBuilder();
        while (e < tokens.size() && !endsRun(tokens.get(e), isTitle[e]) && name.length() < 4) {
            Token t = tokens.get(e);
            if (t.text().length() > 2 || (t.text().length() == 2 && !t.hasTag("nr") && e > i)) {
                return Optional.empty();
            }
            name.append(t.text());
            e++;
        }
        return wholeRun(tokens, i, e, name.toString(), owner, out);
    }

    /** The name right before a title (某大学荣/廷/昭院士), from a break or the end of another name. */
    private Optional<Mention> runBefore(List<Token> tokens, int offset, boolean[] isTitle, Mention[] owner,
                                        List<Mention> out) {
        int e = indexStartingAt(tokens, offset);
        if (e <= 0) {
            return Optional.empty();
        }
        int i = e;
        StringBuilder name = new StringBuilder();
        while (i > 0 && owner[i - 1] == null && !isTitle[i - 1] && !tokens.get(i - 1).isPunctuation()
                && name.length() < 4) {
            Token t = tokens.get(i - 1);
            if (t.text().length() > 2 || t.hasTag("p") || t.hasTag("u") || t.hasTag("c") || t.hasTag("m")
                    || (t.text().length() == 2 && !t.hasTag("n"))) {
                return Optional.empty();
            }
            name.insert(0, t.text());
            i--;
        }
        boolean opened = i == 0 || tokens.get(i - 1).isPunctuation() || owner[i - 1] != null;
        return opened ? wholeRun(tokens, i, e, name.toString(), owner, out) : Optional.empty();
    }

    private boolean endsRun(Token t, boolean title) {
        return title || t.isPunctuation() || gaz.isPersonFollower(t.text()) || t.hasTag("u") || t.hasTag("p")
                || t.hasTag("c") || (t.text().length() >= 2 && (t.isVerb() || gaz.isAnyTrigger(t.text())));
    }

    /** A run of pieces that reads as one name and covers no other name but a shorter guess of the same person. */
    private Optional<Mention> wholeRun(List<Token> tokens, int from, int to, String name, Mention[] owner,
                                       List<Mention> out) {
        if (!unglued(name).equals(name)) {
            return Optional.empty();
        }
        if (to - from < 2 || !gaz.looksLikePersonName(name) || gaz.lookup(name).isPresent()) {
            return Optional.empty();
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        for (int j = from; j < to; j++) {
            if (owner[j] != null && !(owner[j].type() == EntityType.PERSON && owner[j].start() >= start
                    && owner[j].end() <= end)) {
                return Optional.empty();
            }
        }
        for (int j = from; j < to; j++) {
            // Replace a shorter guess inside the run (梅克 of 梅克保, 宗发 of 陈宗发).
            Mention shorter = owner[j];
            if (shorter != null) {
                for (int k = 0; k < owner.length; k++) {
                    if (owner[k] == shorter) {
                        owner[k] = null;
                    }
                }
                out.remove(shorter);
            }
        }
        return Optional.of(person(name, tokens.get(from).start()));
    }

    /** The name without a conjunction HanLP glued onto its end (陆卫及 → 陆卫), when what is left is a name. */
    private String unglued(String name) {
        if (name.length() < 3) {
            return name;
        }
        String last = name.substring(name.length() - 1);
        String rest = name.substring(0, name.length() - 1);
        return name.length() >= 3 && gaz.isGluedToName(last) && gaz.looksLikePersonName(rest) ? rest : name;
    }

    /** A word HanLP took for a place that reads as a whole name and is no place we know (副市长/李宁). */
    private boolean unknownNameLike(Token t) {
        return gaz.looksLikePersonName(t.text()) && gaz.lookup(t.text()).isEmpty();
    }

    /** A province, municipality or city: a minor place's name (a township) can also be a person's. */
    private boolean majorPlace(Gazetteer.Known k) {
        return k.type() == EntityType.PLACE && gaz.place(k.canonical())
                .map(p -> p.level() != Gazetteer.Level.DISTRICT && p.level() != Gazetteer.Level.OTHER).orElse(true);
    }

    /** One word after a name and a list comma (朱明、华源、刘多) that looks like a name and is no major place. */
    private Optional<Mention> listedName(List<Token> tokens, int i, Mention[] owner) {
        Token t = tokens.get(i);
        boolean closed = i + 1 == tokens.size() || tokens.get(i + 1).isPunctuation();
        if (owner[i] != null || !closed || t.isPunctuation() || !gaz.looksLikePersonName(t.text())
                || gaz.lookup(t.text()).filter(this::majorPlace).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(person(t.text(), t.start()));
    }

    private static Mention person(String name, int start) {
        return new Mention(name, EntityType.PERSON, start, start + name.length(), name, null);
    }
}
