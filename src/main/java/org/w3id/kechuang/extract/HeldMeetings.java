package org.w3id.kechuang.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;

/**
 * The meeting a clause says is held, named by the whole phrase that names it: before the held verb (某某研讨会在某地举行,
 * 某某论坛于…召开) from the clause start, or after it (某区举行重大项目签约仪式, 在某地召开的某某大会上) to the clause
 * end. A name that runs over organisations and verbs (某大学与某公司合作协议签约仪式) is kept whole, which the
 * token-by-token name finder cannot do; lead words (由…主办的, 盛会——) are cut off.
 */
final class HeldMeetings {
    private static final RuleFile RULES = RuleFile.of("meetings");
    private static final Pattern HELD_AFTER = RULES.pattern("held-after");
    private static final Pattern HELD_BEFORE = RULES.pattern("held-before");
    private static final Pattern REST_AFTER_OBJECT = RULES.pattern("rest-after-held-object");
    private static final String CLAUSE_BREAKS = RULES.text("name-breaks");
    private static final List<String> CUTS = RULES.words("name-cut");
    private static final Pattern ASIDE = RULES.pattern("name-aside");
    private static final int LONGEST = 80;
    private static final int LONGEST_WORD = 6;

    /** A meeting's name and where it stands in the sentence. */
    record Held(String name, int start, int end, int wordStart) {
        /** Named by its kind alone (举行签约仪式). */
        boolean bare() {
            return start >= wordStart;
        }
    }

    private HeldMeetings() {
    }

    static Optional<Held> find(AnalyzedSentence s, Gazetteer gaz) {
        // A span over a person (某某代表某方祝贺大会召开) is a clause about that person: the meeting is named by its
        // kind alone.
        return find(s.text(), gaz).map(h -> overPerson(s, h)
                ? new Held(s.text().substring(h.wordStart(), h.end()), h.wordStart(), h.end(), h.wordStart()) : h);
    }

    private static boolean overPerson(AnalyzedSentence s, Held h) {
        return !s.mentionsIn(h.start(), h.end(), m -> m.type() == EntityType.PERSON).isEmpty();
    }

    static Optional<Held> find(String text, Gazetteer gaz) {
        for (int e = 1; e <= text.length(); e++) {
            int wordStart = meetingWordEndingAt(text, e, gaz);
            if (wordStart < 0) {
                continue;
            }
            int clause = clauseStart(text, wordStart);
            if (clause < 0) {
                continue;
            }
            String before = text.substring(clause, wordStart);
            int verbEnd = lastEnd(HELD_BEFORE, before);
            if (verbEnd >= 0 && REST_AFTER_OBJECT.matcher(text.substring(e, clauseEnd(text, e))).matches()) {
                // 举行重大项目签约仪式, 召开的某某大会上: the name follows the held verb.
                Optional<Held> h = held(text, clause + verbEnd, e, wordStart);
                if (h.isPresent()) {
                    return h;
                }
            }
            if (HELD_AFTER.matcher(text.substring(e)).lookingAt()) {
                Optional<Held> h = held(text, cutLead(text, clause, wordStart), e, wordStart);
                if (h.isPresent()) {
                    return h;
                }
            }
        }
        return Optional.empty();
    }

    /** The end of the last match of p in text, or -1. */
    private static int lastEnd(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static Optional<Held> held(String text, int start, int end, int wordStart) {
        String name = ASIDE.matcher(text.substring(start, end)).replaceAll("").strip();
        name = balanceQuotes(name);
        if (name.isEmpty() || name.length() > LONGEST) {
            return Optional.empty();
        }
        return Optional.of(new Held(name, start, end, wordStart));
    }

    /** The longest meeting word (会议, 签约仪式) ending at e, its start, or -1. */
    private static int meetingWordEndingAt(String text, int e, Gazetteer gaz) {
        for (int len = Math.min(LONGEST_WORD, e); len >= 2; len--) {
            if (gaz.isMeetingWord(text.substring(e - len, e))) {
                return e - len;
            }
        }
        return -1;
    }

    /** The clause start before offset, outside quotes and brackets; -1 when a quote is left open at the start. */
    private static int clauseStart(String text, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("”》）)」".indexOf(c) >= 0) {
                depth++;
            } else if ("“《（(「".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && CLAUSE_BREAKS.indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** After the last lead word outside quotes (由…主办的, 国际盛会——): where the name itself starts. */
    private static int cutLead(String text, int clause, int wordStart) {
        int start = clause;
        int depth = 0;
        for (int i = clause; i < wordStart; i++) {
            char c = text.charAt(i);
            if ("“《「".indexOf(c) >= 0) {
                depth++;
            } else if ("”》」".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0) {
                continue;
            }
            for (String cut : CUTS) {
                if (text.startsWith(cut, i) && i + cut.length() <= wordStart) {
                    start = i + cut.length();
                }
            }
        }
        return start;
    }

    /** Drops a quote mark left without its pair (“某某讨论会 → 某某讨论会). */
    private static String balanceQuotes(String name) {
        long open = name.chars().filter(c -> c == '“').count();
        long close = name.chars().filter(c -> c == '”').count();
        if (open > close && name.startsWith("“")) {
            return name.substring(1);
        }
        return name;
    }
}
