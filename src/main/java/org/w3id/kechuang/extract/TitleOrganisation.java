package org.w3id.kechuang.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/**
 * The organisation written out right before a title when no name found covers it: a unit under a named body
 * (某市科委某某处处长), a body the gazetteer does not know (某某总局某某司副司长), or an institution naming itself
 * (我校校长, 校党委书记, 我所所长). The name runs back from the title to a list or clause break.
 */
final class TitleOrganisation {

    private static final RuleFile RULES = RuleFile.of("holdsPosition");
    private static final String SPAN_BREAK = RULES.text("span-break");
    private static final Pattern SPAN_STOP = RULES.pattern("span-stop");
    private static final Set<String> UNITS = RULES.wordSet("unit");
    private static final Set<String> SPAN_CUT = RULES.wordSet("span-cut");
    private static final int MAX_SPAN = 24;

    /** An institution referring to itself: the word as written and the kind it stands for. */
    record Self(String word, EntityType kind, String rest) {
    }

    private TitleOrganisation() {
    }

    /** Whether nothing stands between the title and the break before it (…，校长王明). */
    static boolean standsAlone(AnalyzedSentence s, int titleStart) {
        return span(s, titleStart).isEmpty() && titleStart > 0;
    }

    /** The self-reference the text before a title opens with (校党委 → 校 + 党委), if the whole span is one. */
    static Optional<Self> self(AnalyzedSentence s, int titleStart) {
        String span = span(s, titleStart);
        for (String row : RULES.words("self")) {
            // rows of this rule are "word<TAB>kind": RuleFile keeps the part after the rule name whole.
            String[] f = row.split("\t");
            String word = f[0];
            if (span.equals(word) || (span.startsWith(word) && RULES.wordSet("party-body").contains(span.substring(word.length())))) {
                return Optional.of(new Self(word, EntityType.byClassName(f[1]), span.substring(word.length())));
            }
        }
        return Optional.empty();
    }

    /** A name written out before the title, as a mention (with its parent when it opens with a known body). */
    static Optional<Mention> before(AnalyzedSentence s, int titleStart, Gazetteer gaz) {
        String span = span(s, titleStart);
        // Only a word of its own cuts (出席的/还有/…), never a character inside a name (有限公司).
        int spanFrom = titleStart - span.length();
        for (Token t : s.tokens()) {
            if (t.start() >= spanFrom && t.end() <= titleStart && SPAN_CUT.contains(t.text())) {
                span = s.text().substring(t.end(), titleStart);
                spanFrom = t.end();
            }
        }
        int from = titleStart - span.length();
        if (span.length() < 3 || span.length() > MAX_SPAN || SPAN_STOP.matcher(span).find()
                || gaz.isSuffix(span) || Character.isDigit(span.charAt(0)) || "两各全诸多几".indexOf(span.charAt(0)) >= 0) {
            return Optional.empty();
        }
        for (Token t : s.tokens()) {
            if (t.end() <= from || t.start() >= titleStart) {
                continue;
            }
            if (t.start() < from) {
                return Optional.empty();
            }
            if (t.end() > titleStart) {
                // The word the title was cut from (某部党组/成员): its head belongs to the name.
                continue;
            }
            String tag = t.tag();
            // A verb may sit inside a name (某某审评司) but never opens one (考察某研究所所长).
            if (t.start() == from && tag.startsWith("v") && !tag.equals("vn") || gaz.isAnyTrigger(t.text())) {
                return Optional.empty();
            }
            // 与/和 inside a name (科学技术与信息化司); an ending HanLP read as a particle (某咨询/所).
            boolean joiner = t.text().equals("与") || t.text().equals("和")
                    || (t.end() == titleStart && (gaz.isSuffix(t.text()) || UNITS.contains(t.text())));
            if (!joiner && (tag.startsWith("vshi") || tag.startsWith("vyou") || tag.startsWith("p")
                    || tag.startsWith("u") || tag.startsWith("r") || tag.startsWith("d") || tag.startsWith("c")
                    || tag.startsWith("w"))) {
                return Optional.empty();
            }
        }
        Mention parent = null;
        for (Mention m : s.mentions()) {
            if (m.end() <= from || m.start() >= titleStart) {
                continue;
            }
            if (m.end() > titleStart) {
                continue;
            }
            // A name ending at the title that the chain did not take is an unresolved piece of this one (…规划处).
            if (m.type() == EntityType.PERSON || m.type().isEvent() || m.start() < from
                    || (m.end() == titleStart && m.canonical() != null)) {
                return Optional.empty();
            }
            if (m.start() == from && m.type().isOrganization()) {
                parent = m;
            }
        }
        Optional<Gazetteer.Known> known = gaz.lookup(span).filter(k -> k.type().isOrganization());
        if (known.isPresent()) {
            return Optional.of(new Mention(span, known.get().type(), from, titleStart, known.get().canonical(), null));
        }
        Optional<EntityType> bySuffix = gaz.suffixType(span).filter(EntityType::isOrganization);
        boolean unit = UNITS.stream().anyMatch(span::endsWith);
        if (bySuffix.isEmpty() && !unit) {
            return Optional.empty();
        }
        EntityType type = bySuffix.orElse(parent != null && parent.type() == EntityType.GOVERNMENT_BODY
                ? EntityType.GOVERNMENT_BODY : EntityType.ORGANIZATION);
        String parentName = parent == null ? hostWithin(span, gaz) : parent.canonical() != null ? parent.canonical() : parent.text();
        return Optional.of(new Mention(span, type, from, titleStart, span, parentName));
    }

    /** The body a written-out unit opens with (某某总局 of 某某总局某某司): its longest part ending in a suffix. */
    private static String hostWithin(String span, Gazetteer gaz) {
        // The unit's own ending is whole (党政办公室, 学术委员会): the host ends before it.
        int unitEnding = span.length();
        for (int k = 1; k <= Math.min(5, span.length()); k++) {
            String tail = span.substring(span.length() - k);
            if (gaz.isSuffix(tail) || UNITS.contains(tail)) {
                unitEnding = span.length() - k;
            }
        }
        for (int end = Math.min(span.length() - 2, unitEnding); end >= 3; end--) {
            String host = span.substring(0, end);
            Optional<EntityType> t = gaz.suffixType(host).filter(EntityType::isOrganization);
            if (t.isPresent() && span.length() - end >= 2) {
                for (int k = 1; k <= 3 && k < host.length(); k++) {
                    if (gaz.isSuffix(host.substring(host.length() - k))) {
                        return host;
                    }
                }
            }
        }
        return null;
    }

    /** The text from the last break (or person, or title) before the title up to it. */
    private static String span(AnalyzedSentence s, int titleStart) {
        String text = s.text();
        int b = titleStart;
        while (b > 0 && SPAN_BREAK.indexOf(text.charAt(b - 1)) < 0 && titleStart - b <= MAX_SPAN) {
            final int at = b;
            if (s.titles().stream().anyMatch(t -> t.end() == at)
                    || s.mentions().stream().anyMatch(m -> m.end() == at && m.type() == EntityType.PERSON)) {
                break;
            }
            b--;
        }
        return text.substring(b, titleStart);
    }
}
