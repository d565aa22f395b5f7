package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.extract.Gazetteer.Trigger;
import org.w3id.kechuang.nlp.Lexicon;
import org.w3id.kechuang.nlp.Token;

/**
 * Finds the names in one segmented sentence: titles, quoted names, organisations recognised by structure (a run
 * of name-like words ending in an organisation suffix, never extended over a verb), meetings, known names from
 * the gazetteer, people (HanLP's person tags, names in the slot after a title, names continuing a list) and
 * places. Names that need the whole article to resolve (a bare 市委, an abbreviation) get a null canonical name.
 */
public final class MentionFinder {

    /** What was found in one sentence. */
    public record Found(List<Mention> mentions, List<TitleMention> titles) {
    }

    private static final Pattern QUOTED = Pattern.compile("“([^”“]{2,24})”|《([^》《]{2,40})》");
    private static final Set<String> PROGRAMME_ENDINGS = Set.of("计划", "规划", "工程", "项目", "战略", "行动",
            "方案", "纲要", "倡议", "专项");
    private static final Set<String> FACILITY_ENDINGS = Set.of("号", "装置", "光源", "望远镜", "大科学装置");
    private static final Set<String> PLACE_INTRODUCERS = Set.of("在", "来", "赴", "驻", "抵", "到", "离", "返", "入");
    private static final Set<String> LIST_JOINERS = Set.of("、");

    private final Gazetteer gaz;

    public MentionFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    public Found find(String sentence, List<Token> tokens) {
        int n = tokens.size();
        Mention[] owner = new Mention[n];
        List<Mention> out = new ArrayList<>();
        List<TitleMention> titles = findTitles(tokens);
        boolean[] isTitle = new boolean[n];
        for (TitleMention t : titles) {
            for (int i = 0; i < n; i++) {
                Token k = tokens.get(i);
                if (k.start() >= t.start() && k.end() <= t.end()) {
                    isTitle[i] = true;
                }
            }
        }
        quoted(sentence, tokens, owner, out);
        structural(sentence, tokens, isTitle, owner, out);
        known(tokens, isTitle, owner, out);
        people(tokens, titles, isTitle, owner, out);
        places(tokens, owner, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return new Found(out, titles);
    }

    // ---- titles ---------------------------------------------------------------------------------------------

    private List<TitleMention> findTitles(List<Token> tokens) {
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

    // ---- quoted names: “奋斗者号”, 《…规划》, “揭榜挂帅计划” -----------------------------------------------------

    private void quoted(String sentence, List<Token> tokens, Mention[] owner, List<Mention> out) {
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            boolean book = m.group(2) != null;
            String name = book ? m.group(2) : m.group(1);
            int start = book ? m.start(2) : m.start(1);
            EntityType type = null;
            if (endsWithAny(name, FACILITY_ENDINGS)) {
                type = EntityType.FACILITY;
            } else if (endsWithAny(name, PROGRAMME_ENDINGS) && name.length() >= 4) {
                type = EntityType.PROGRAMME;
            } else if (book && name.length() > 4) {
                type = EntityType.PROGRAMME;
            }
            if (type == null || name.length() <= 2) {
                continue;
            }
            add(new Mention(name, type, start, start + name.length(), name, null), tokens, owner, out);
        }
    }

    private static boolean endsWithAny(String s, Set<String> endings) {
        return endings.stream().anyMatch(s::endsWith);
    }

    // ---- organisations, places-by-suffix and meetings, by structure -----------------------------------------

    private void structural(String sentence, List<Token> tokens, boolean[] isTitle, Mention[] owner, List<Mention> out) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (owner[i] != null || isTitle[i] || tokens.get(i).isPunctuation()) {
                continue;
            }
            int k = suffixStart(tokens, i, isTitle, owner);
            if (k < 0) {
                continue;
            }
            String suffix = concat(tokens, k, i + 1);
            boolean meeting = gaz.isMeetingWord(suffix);
            int s = meeting ? extendMeeting(tokens, k) : extendName(tokens, k, i, isTitle, owner);
            Mention m = meeting ? meeting(sentence, tokens, s, i) : organisation(sentence, tokens, s, k, i);
            if (m != null) {
                add(m, tokens, owner, out);
                i = tokenIndexOf(tokens, m.start());
            }
        }
    }

    /** Start token of the suffix ending at token i (up to three tokens long), or -1 when none ends there. */
    private int suffixStart(List<Token> tokens, int i, boolean[] isTitle, Mention[] owner) {
        for (int k = Math.max(0, i - 2); k <= i; k++) {
            boolean free = true;
            for (int j = k; j <= i; j++) {
                free &= owner[j] == null && !isTitle[j] && !tokens.get(j).isPunctuation();
            }
            if (!free) {
                continue;
            }
            String w = concat(tokens, k, i + 1);
            if (gaz.isMeetingWord(w) || gaz.localBody(w).isPresent()) {
                return k;
            }
            if (k == i && (gaz.isSuffix(w) || gaz.lookup(w).filter(x -> x.type().isOrganization()).isPresent()
                    || (w.length() >= 2 && tokens.get(i).hasTag("nis")))) {
                return k;
            }
            if (k < i && gaz.isSuffix(w)) {
                return k;
            }
        }
        Token t = tokens.get(i);
        if (t.text().length() > 2 && gaz.suffixType(t.text()).isPresent() && t.hasTag("n")) {
            return i;
        }
        return -1;
    }

    /** Extends an organisation name left from token k over name-like words; returns its first token. */
    private int extendName(List<Token> tokens, int k, int i, boolean[] isTitle, Mention[] owner) {
        EntityType suffixType = gaz.suffixType(concat(tokens, k, i + 1)).orElse(EntityType.ORGANIZATION);
        boolean proper = false;
        int s = k;
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (owner[j] != null || isTitle[j]) {
                break;
            }
            boolean place = t.hasTag("ns") || gaz.lookup(t.text()).filter(x -> x.type() == EntityType.PLACE).isPresent();
            if (suffixType == EntityType.PLACE && place && proper) {
                break;
            }
            if (isConjunctionInsideName(tokens, j, s)) {
                s = j;
                continue;
            }
            if (!nameLike(t)) {
                break;
            }
            proper |= isProper(t);
            s = j;
        }
        return s;
    }

    /** 与/和 joins two common words inside one name (全球创新与发展研究院), never two names (上海市与清华大学). */
    private boolean isConjunctionInsideName(List<Token> tokens, int j, int s) {
        Token t = tokens.get(j);
        if (!(t.text().equals("与") || t.text().equals("和")) || j == 0 || s != j + 1) {
            return false;
        }
        Token left = tokens.get(j - 1);
        Token right = tokens.get(j + 1);
        return isCommonNominal(left) && isCommonNominal(right);
    }

    private boolean isCommonNominal(Token t) {
        return (t.tag().equals("n") || t.tag().equals("vn") || t.tag().equals("vi"))
                && gaz.lookup(t.text()).isEmpty() && !gaz.isAnyTrigger(t.text());
    }

    private boolean nameLike(Token t) {
        String tag = t.tag();
        if (gaz.isNameStop(t.text()) || gaz.isAnyTrigger(t.text()) || gaz.title(t.text()).isPresent()
                || isQuantity(t)) {
            return false;
        }
        if (gaz.lookup(t.text()).isPresent()) {
            return true;
        }
        if (tag.equals("vn") || tag.equals("vi")) {
            return true;
        }
        if (tag.startsWith("v") || tag.startsWith("w") || tag.startsWith("p") || tag.startsWith("u")
                || tag.startsWith("c") || tag.startsWith("d") || tag.startsWith("r") || tag.startsWith("m")
                || tag.startsWith("q") || tag.startsWith("t") || tag.startsWith("f") || tag.startsWith("y")
                || tag.startsWith("e") || tag.startsWith("o")) {
            return false;
        }
        return tag.startsWith("n") || tag.startsWith("j") || tag.startsWith("b") || tag.startsWith("a")
                || tag.startsWith("g") || tag.startsWith("x") || tag.startsWith("l");
    }

    private boolean badStart(Token t) {
        return t.tag().startsWith("v") || (t.text().length() == 1 && !isProper(t)) || isQuantity(t)
                || gaz.isNameStop(t.text());
    }

    private static boolean isQuantity(Token t) {
        return t.text().length() <= 2 && "一二三四五六七八九十两几多".indexOf(t.text().charAt(0)) >= 0;
    }

    private boolean isProper(Token t) {
        String tag = t.tag();
        if (isQuantity(t)) {
            return false;
        }
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nz") || tag.startsWith("nt")
                || tag.startsWith("j") || tag.startsWith("nx") || tag.equals("x")
                || gaz.lookup(t.text()).filter(k -> k.type() != EntityType.PLACE || t.text().length() >= 3).isPresent()
                || gaz.localBody(t.text()).isPresent() || (tag.startsWith("n") && Lexicon.isRare(t.text()));
    }

    private Mention organisation(String sentence, List<Token> tokens, int s, int k, int i) {
        // A name never starts with a verb, a one-character common word or a quantity (推进…, 好…, 报…, 三大…).
        while (s < k && badStart(tokens.get(s))) {
            s++;
        }
        String text = concat(tokens, s, i + 1);
        Optional<Gazetteer.Known> known = gaz.lookup(text);
        if (known.isPresent()) {
            Gazetteer.Known kn = known.get();
            return new Mention(text, kn.type(), tokens.get(s).start(), tokens.get(i).end(), kn.canonical(),
                    gaz.knownOrgPrefix(kn.canonical()).orElse(null));
        }
        // A local body: place + 市委 (上海市委), or bare 市委 to be resolved against the article's place.
        String last = concat(tokens, k, i + 1);
        Optional<Gazetteer.LocalBody> body = gaz.localBody(last);
        if (body.isPresent()) {
            String placePart = concat(tokens, s, k);
            Optional<Gazetteer.Known> place = gaz.lookup(placePart).filter(x -> x.type() == EntityType.PLACE);
            int start = tokens.get(place.isPresent() ? s : k).start();
            String canonical = place.map(p -> joinPlace(p.canonical(), last)).orElse(null);
            if (place.isPresent() || s == k) {
                return new Mention(sentence.substring(start, tokens.get(i).end()), body.get().type(), start,
                        tokens.get(i).end(), canonical, null);
            }
        }
        boolean proper = false;
        boolean anchored = false;
        for (int j = s; j < k; j++) {
            Token t = tokens.get(j);
            proper |= isProper(t);
            anchored |= t.hasTag("ns") || gaz.lookup(t.text()).isPresent();
        }
        // A one-character suffix (所, 院, 部) makes a name only with a place or a known name in it (大连化物所),
        // never from common words (大院大所).
        if (last.length() == 1 && !anchored) {
            return null;
        }
        if (s == k || !proper) {
            // A bare suffix or a generic phrase (科技创新中心, 国家实验室) is not a name.
            return null;
        }
        EntityType type = gaz.suffixType(text).orElse(EntityType.ORGANIZATION);
        if (type == EntityType.EVENT) {
            type = EntityType.EVENT;
        }
        return new Mention(text, type, tokens.get(s).start(), tokens.get(i).end(), text, nestedParent(tokens, s, k));
    }

    /** The canonical name of the longest organisation the span starts with, when it is shorter than the span. */
    private String nestedParent(List<Token> tokens, int s, int k) {
        for (int e = k; e > s; e--) {
            String prefix = concat(tokens, s, e);
            Optional<Gazetteer.Known> known = gaz.lookup(prefix).filter(x -> x.type().isOrganization());
            if (known.isPresent()) {
                return known.get().canonical();
            }
            Optional<EntityType> st = gaz.suffixType(prefix);
            boolean endsAtSuffix = st.filter(EntityType::isOrganization).isPresent()
                    && gaz.isSuffix(tokens.get(e - 1).text()) && e - 1 > s;
            if (endsAtSuffix && !gaz.lookup(tokens.get(e - 1).text()).isPresent()
                    && !tokens.get(e - 1).text().equals("部") && !tokens.get(e - 1).text().equals("委")) {
                return prefix;
            }
        }
        return null;
    }

    /** A place canonical plus a local-body suffix: 上海市 + 市委 → 上海市委; 上海市 + 科委 → 上海市科委. */
    static String joinPlace(String place, String suffix) {
        if (!place.isEmpty() && !suffix.isEmpty() && place.charAt(place.length() - 1) == suffix.charAt(0)) {
            return place + suffix.substring(1);
        }
        if (suffix.startsWith("市") || suffix.startsWith("省") || suffix.startsWith("区") || suffix.startsWith("县")) {
            return place + suffix;
        }
        return place + suffix;
    }

    private int extendMeeting(List<Token> tokens, int k) {
        int s = k;
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            Set<Trigger> trig = gaz.triggers(t.text());
            if (t.isPunctuation() || t.hasTag("p") || t.hasTag("t") || t.hasTag("u") || t.hasTag("d")
                    || t.hasTag("r") || t.hasTag("c") || gaz.title(t.text()).isPresent() || gaz.isNameStop(t.text())
                    || trig.contains(Trigger.ATTEND) || trig.contains(Trigger.CHAIR) || trig.contains(Trigger.VISIT)
                    || trig.contains(Trigger.MEETING_HELD) || trig.contains(Trigger.SPEAK)
                    || trig.contains(Trigger.SUPPORT)) {
                break;
            }
            s = j;
        }
        // A verb inside is part of the name only in a numbered name (2024年部省共建…推进会); otherwise the verb
        // governs the name (办好中关村论坛) and the name starts after it.
        boolean numbered = tokens.get(s).hasTag("m");
        if (!numbered) {
            for (int j = k - 1; j >= s; j--) {
                Token t = tokens.get(j);
                if (t.isVerb() && !gaz.isNameVerb(t.text())) {
                    return j + 1;
                }
            }
        }
        return s;
    }

    private Mention meeting(String sentence, List<Token> tokens, int s, int i) {
        String text = concat(tokens, s, i + 1);
        int start = tokens.get(s).start();
        int end = tokens.get(i).end();
        boolean named = false;
        for (int j = s; j <= i; j++) {
            Token t = tokens.get(j);
            named |= isProper(t) || t.hasTag("m");
        }
        if (!named && !gaz.isMeetingWord(text)) {
            return null;
        }
        return new Mention(text, EntityType.MEETING, start, end, text, null);
    }

    // ---- names the gazetteer knows that no suffix revealed (中共中央, 国务院, places, fields) ---------------

    private void known(List<Token> tokens, boolean[] isTitle, Mention[] owner, List<Mention> out) {
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

    // ---- people ---------------------------------------------------------------------------------------------

    private void people(List<Token> tokens, List<TitleMention> titles, boolean[] isTitle, Mention[] owner,
                        List<Mention> out) {
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

    // ---- places ---------------------------------------------------------------------------------------------

    private void places(List<Token> tokens, Mention[] owner, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (owner[i] != null) {
                continue;
            }
            if (t.hasTag("ns") && t.text().length() >= 2 && !isQuantity(t)
                    && "一二三四五六七八九十两".indexOf(t.text().charAt(0)) < 0) {
                String canonical = gaz.lookup(t.text()).filter(k -> k.type() == EntityType.PLACE)
                        .map(Gazetteer.Known::canonical).orElse(t.text());
                add(new Mention(t.text(), EntityType.PLACE, t.start(), t.end(), canonical, null), tokens, owner, out);
            } else if (t.hasTag("j") && t.text().length() >= 2 && t.text().length() <= 3) {
                // An abbreviation (浙大): kept only if the article names the organisation it stands for.
                add(new Mention(t.text(), EntityType.ORGANIZATION, t.start(), t.end(), null, null), tokens, owner, out);
            } else if (t.text().length() == 1 && i > 0 && PLACE_INTRODUCERS.contains(tokens.get(i - 1).text())) {
                Optional<String> p = gaz.placeAbbreviation(t.text());
                if (p.isPresent()) {
                    add(new Mention(t.text(), EntityType.PLACE, t.start(), t.end(), p.get(), null), tokens, owner, out);
                }
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void add(Mention m, List<Token> tokens, Mention[] owner, List<Mention> out) {
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

    private static String concat(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            b.append(tokens.get(j).text());
        }
        return b.toString();
    }

    private static int indexStartingAt(List<Token> tokens, int offset) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).start() == offset) {
                return j;
            }
        }
        return -1;
    }

    private static int tokenIndexOf(List<Token> tokens, int offset) {
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).end() > offset) {
                return j;
            }
        }
        return tokens.size();
    }
}
