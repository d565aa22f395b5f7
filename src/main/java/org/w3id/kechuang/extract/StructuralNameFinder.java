package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;
import static org.w3id.kechuang.extract.SentenceDraft.concat;
import static org.w3id.kechuang.extract.SentenceDraft.tokenIndexOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.extract.Gazetteer.Trigger;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Lexicon;
import org.w3id.kechuang.nlp.Token;

/**
 * Organisations, suffix-named places and meetings recognised by structure: a run of name-like words ending in a
 * suffix from the data files (研究所, 大学, 委, 科学城, 推进会…), extended left but never over a verb, a title or a
 * stop word (调研某研究所 → 某研究所), with nested names kept whole and their parent noted (某大学某学院). Local
 * bodies join their place (上海 + 市委 → 上海市委); a bare 市委 is left for the article to resolve.
 */
final class StructuralNameFinder {

    private final Gazetteer gaz;

    StructuralNameFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    void find(SentenceDraft d) {
        String sentence = d.text;
        List<Token> tokens = d.tokens;
        Mention[] owner = d.owner;
        boolean[] isTitle = d.isTitle;
        List<Mention> out = d.found;
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
            if (m == null) {
                continue;
            }
            List<Mention> parts = m.partOf() != null && gaz.endsWithHostedSuffix(m.text())
                    ? hostAndUnit(sentence, tokens, m, i) : List.of(m);
            parts.forEach(p -> add(p, tokens, owner, out));
            i = tokenIndexOf(tokens, m.start());
        }
    }

    /**
     * A unit named after its host (西安交通大学电力设备电气绝缘国家重点实验室) stands for the unit under its own name
     * (电力设备电气绝缘国家重点实验室), part of the host: the longest known organisation or suffix-ended name the
     * span opens with.
     */
    private List<Mention> hostAndUnit(String sentence, List<Token> tokens, Mention m, int i) {
        int s = tokenIndexOf(tokens, m.start());
        for (int e = i; e > s; e--) {
            String host = concat(tokens, s, e);
            String unit = concat(tokens, e, i + 1);
            Optional<Gazetteer.Known> known = gaz.lookup(host).filter(x -> x.type().isOrganization());
            boolean endsInSuffix = gaz.isSuffix(tokens.get(e - 1).text());
            Optional<EntityType> bySuffix = gaz.suffixType(host).filter(EntityType::isOrganization)
                    .filter(x -> endsInSuffix);
            if ((known.isEmpty() && bySuffix.isEmpty()) || unit.length() < 6 || !gaz.endsWithHostedSuffix(unit)) {
                continue;
            }
            String hostName = known.map(Gazetteer.Known::canonical).orElse(host);
            EntityType hostType = known.map(Gazetteer.Known::type).orElse(bySuffix.orElse(EntityType.ORGANIZATION));
            // One mention: what is visited or headed is the unit; the host is its parent.
            return List.of(new Mention(m.text(), m.type(), m.start(), m.end(), unit, hostName));
        }
        return List.of(m);
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
        boolean placeSeen = false;
        boolean orgSeen = false;
        boolean joined = false;
        int s = k;
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            // A body never contains another body (市委市政府 is two).
            if (owner[j] != null || isTitle[j] || gaz.localBody(t.text()).isPresent()) {
                break;
            }
            boolean place = t.hasTag("ns") || gaz.lookup(t.text()).filter(x -> x.type() == EntityType.PLACE).isPresent();
            // A place-like name holds one place (浦东 张江科学城 → 张江科学城; 东湖新技术开发区 whole), unless it is
            // a university's site, which holds the university's own place (某市某学院某区校区).
            if (suffixType == EntityType.PLACE && place && placeSeen && !orgSeen) {
                break;
            }
            if (isConjunctionInsideName(tokens, j, s)) {
                joined = true;
                s = j;
                continue;
            }
            if (!nameLike(t) && !(suffixType == EntityType.FACILITY && technicalWord(t))) {
                break;
            }
            placeSeen |= place;
            // Across 和/与 an organisation is another item of a list (某研究院和某高新区), not the site's owner.
            orgSeen |= endsInOrganisationSuffix(t) && !joined
                    && gaz.suffixType(t.text()).filter(x -> x == EntityType.UNIVERSITY).isPresent();
            s = j;
        }
        return s;
    }

    /** A word that ends an organisation name: a suffix word (学院) or a whole organisation word (某研究所). */
    private boolean endsInOrganisationSuffix(Token t) {
        return (gaz.isSuffix(t.text()) || t.tag().startsWith("nt") || t.tag().startsWith("ni"))
                && gaz.suffixType(t.text()).filter(EntityType::isOrganization).isPresent();
    }

    /**
     * A word HanLP tagged as a verb, measure or one-character adjective that belongs in a facility's technical name
     * (跨/尺度/矢量/光/场/…验证装置, 稳/态/强/磁场实验装置); trigger verbs (走进, 察看) still end the name.
     */
    private boolean technicalWord(Token t) {
        String tag = t.tag();
        return (tag.startsWith("v") || tag.startsWith("q") || tag.equals("a") || tag.equals("ng") || tag.equals("b"))
                && !gaz.isAnyTrigger(t.text()) && !gaz.isNameStop(t.text()) && gaz.title(t.text()).isEmpty()
                && !tag.equals("vshi") && !tag.equals("vyou") && !isQuantity(t);
    }

    /** The name's left edge is clear: sentence start, punctuation, a preposition or a trigger verb before it. */
    private boolean clearLeftEdge(List<Token> tokens, int s) {
        if (s == 0) {
            return true;
        }
        Token t = tokens.get(s - 1);
        return t.isPunctuation() || t.hasTag("p") || gaz.isAnyTrigger(t.text());
    }

    /** 与/和 joins two common words inside one name (全球创新与发展研究院), never two names (上海市与清华大学). */
    private boolean isConjunctionInsideName(List<Token> tokens, int j, int s) {
        Token t = tokens.get(j);
        if (!(t.text().equals("与") || t.text().equals("和")) || j == 0 || s != j + 1) {
            return false;
        }
        Token left = tokens.get(j - 1);
        Token right = tokens.get(j + 1);
        // 和 joins fields only in known names: 智能语音平台和机器人实验室 is two things.
        boolean fields = t.text().equals("与");
        return isCommonNominal(left, fields) && isCommonNominal(right, fields);
    }

    /** A common word or a field (人工智能与机器人研究院, 前沿科学与教育局), never a name of its own. */
    private boolean isCommonNominal(Token t, boolean fields) {
        String tag = t.tag();
        boolean nominal = tag.equals("n") || tag.equals("vn") || tag.equals("vi")
                || fields && (tag.equals("nz") || tag.equals("nis") || tag.equals("gi"));
        boolean field = fields && gaz.lookup(t.text()).filter(k -> k.type() == EntityType.FIELD).isPresent();
        return (field || nominal && gaz.lookup(t.text()).isEmpty()) && !gaz.isAnyTrigger(t.text());
    }

    private boolean nameLike(Token t) {
        String tag = t.tag();
        if (gaz.isNameStop(t.text()) || gaz.isAnyTrigger(t.text()) || gaz.title(t.text()).isPresent()
                || isQuantity(t)) {
            return false;
        }
        // A verb that is also the name of some small place (联合) is still the verb.
        if (gaz.lookup(t.text()).filter(k -> !(tag.startsWith("v") && k.type() == EntityType.PLACE)).isPresent()) {
            return true;
        }
        if (tag.equals("vn") || tag.equals("vi") || tag.equals("s")) {
            return true;
        }
        // 中国西部科技创新港, 航天科技集团第一研究院: a compass word or an ordinal inside a name.
        if ((tag.equals("f") && t.text().length() == 2 && t.text().endsWith("部"))
                || (tag.startsWith("m") && t.text().startsWith("第") && t.text().length() <= 3)) {
            return true;
        }
        // An adverbial adjective (深入, 积极, 大力) modifies a verb; it is never part of a name.
        if (tag.equals("ad") || tag.startsWith("v") || tag.startsWith("w") || tag.startsWith("p") || tag.startsWith("u")
                || tag.startsWith("c") || tag.startsWith("d") || tag.startsWith("r") || tag.startsWith("m")
                || tag.startsWith("q") || tag.startsWith("t") || tag.startsWith("f") || tag.startsWith("y")
                || tag.startsWith("e") || tag.startsWith("o")) {
            return false;
        }
        return tag.startsWith("n") || tag.startsWith("j") || tag.startsWith("b") || tag.startsWith("a")
                || tag.startsWith("g") || tag.startsWith("x") || tag.startsWith("l");
    }

    private boolean badStart(Token t) {
        // A bare suffix word (研究院, 中心) opening a longer name refers back to an organisation; it starts none.
        return t.tag().startsWith("v") || (t.hasTag("nis") && gaz.isSuffix(t.text())) || (t.text().length() == 1 && !isProper(t)) || isQuantity(t)
                || gaz.isNameStop(t.text());
    }

    static boolean isQuantity(Token t) {
        return t.text().length() <= 2 && QUANTITY_START.indexOf(t.text().charAt(0)) >= 0;
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
        // A facility's technical name may open with such a word when nothing else stands before it.
        boolean facility = gaz.suffixType(concat(tokens, k, i + 1)).filter(t -> t == EntityType.FACILITY).isPresent();
        // A laboratory's subject name may open with a verbal noun (测绘…重点实验室) when nothing stands before it.
        boolean lab = gaz.endsWithHostedSuffix(concat(tokens, k, i + 1));
        while (s < k && badStart(tokens.get(s)) && !(facility && clearLeftEdge(tokens, s)
                && technicalWord(tokens.get(s))) && !(lab && s < k - 1 && tokens.get(s).hasTag("vn")
                && clearLeftEdge(tokens, s) && !gaz.isAnyTrigger(tokens.get(s).text()))) {
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
        if (s == k && i == k && !gaz.isSuffix(last) && last.length() <= 3 && tokens.get(i).hasTag("nis")) {
            // A short form HanLP tags as an organisation word (交大): resolved against the article, or dropped.
            return new Mention(last, EntityType.ORGANIZATION, tokens.get(i).start(), tokens.get(i).end(), null, null);
        }
        // A facility's technical name of four words or more is a name even without a proper word in it
        // (空间环境地面模拟装置), unlike 实验装置.
        if (!proper && k - s >= 4 && gaz.suffixType(last).filter(t -> t == EntityType.FACILITY).isPresent()) {
            proper = true;
        }
        // So is a key laboratory's subject of two words or more (测绘地理信息全国重点实验室), unlike 省级重点实验室;
        // its left edge must be clear (or a verb: 建有…): after 与/和 it is the cut end of a longer name.
        if (!proper && k - s >= 2 && gaz.endsWithHostedSuffix(last)
                && (clearLeftEdge(tokens, s) || tokens.get(s - 1).tag().startsWith("v"))) {
            proper = true;
        }
        if (s == k || !proper) {
            // A bare suffix or a generic phrase (科技创新中心, 国家实验室) is not a name.
            return null;
        }
        EntityType type = gaz.suffixType(text).orElse(EntityType.ORGANIZATION);
        if (type == EntityType.EVENT) {
            type = EntityType.EVENT;
        }
        return new Mention(text, type, tokens.get(s).start(), tokens.get(i).end(), text, nestedParent(tokens, s, k, i));
    }

    /** The canonical name of the longest organisation the span starts with, when it is shorter than the span. */
    private String nestedParent(List<Token> tokens, int s, int k, int i) {
        for (int e = k; e > s; e--) {
            String prefix = concat(tokens, s, e);
            // 某集团有限公司 is the group itself under its legal form, not a part of it.
            if (LEGAL_FORM.matcher(concat(tokens, e, i + 1)).matches()) {
                return null;
            }
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

    private static final java.util.regex.Pattern LEGAL_FORM = MentionFinder.RULES.pattern("legal-form");
    private static final String QUANTITY_START = MentionFinder.RULES.text("quantity-start");

    /** A place canonical plus a local-body suffix: 上海市 + 市委 → 上海市委; 上海市 + 科委 → 上海市科委. */
    static String joinPlace(String place, String suffix) {
        if (!place.isEmpty() && !suffix.isEmpty() && place.charAt(place.length() - 1) == suffix.charAt(0)) {
            return place + suffix.substring(1);
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
}
