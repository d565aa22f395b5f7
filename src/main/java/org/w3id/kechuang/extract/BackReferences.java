package org.w3id.kechuang.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/**
 * Bare words standing for a body named before (研究院由A与B共同组建, 支持中心建设, 该装置位于…, 省里将支持…) become
 * mentions of that body, so every relation rule reads them as the name itself. The words and what they refer to
 * are data ({@code reference-heads.tsv}). A back-reference adds no new name: its text is the canonical name.
 */
final class BackReferences {

    private static final String RESOURCE = "/kechuang/gazetteer/reference-heads.tsv";
    private static final BackReferences SHARED = load();

    private enum Kind { SUFFIX, UNIVERSITY, PROVINCE, CITY, DETERMINER }

    private record Head(String word, Kind kind, boolean needsDeterminer) {
    }

    /** Longest heads first, so 研究中心 is tried before 中心. */
    private final List<Head> heads;
    /** 该, 本, 新, 此…: in file order. */
    private final List<String> determiners;

    private BackReferences(List<Head> rows) {
        this.heads = rows.stream().filter(h -> h.kind() != Kind.DETERMINER)
                .sorted(Comparator.comparingInt((Head h) -> h.word().length()).reversed()).toList();
        this.determiners = rows.stream().filter(h -> h.kind() == Kind.DETERMINER).map(Head::word).toList();
    }

    static BackReferences shared() {
        return SHARED;
    }

    /** The head words that name a kind of body by its suffix (研究院, 中心, …). */
    List<String> heads() {
        return heads.stream().filter(h -> h.kind() == Kind.SUFFIX).map(Head::word).toList();
    }

    List<AnalyzedSentence> resolve(List<AnalyzedSentence> sentences, AliasResolver.DominantPlaces places,
                                   Gazetteer gaz) {
        List<Mention> seen = new ArrayList<>();
        List<AnalyzedSentence> out = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            List<Mention> added = new ArrayList<>();
            String text = s.text();
            for (int i = 0; i < text.length(); i++) {
                Head head = headAt(text, i);
                if (head == null) {
                    continue;
                }
                int end = i + head.word().length();
                String det = determinerBefore(s, i);
                int start = i - det.length();
                if (overlaps(s, start, end) || !wordBoundaries(s, i, end) || !standsAlone(s, head, det, start)
                        || compound(text, i, end, gaz)) {
                    continue;
                }
                Mention antecedent = antecedent(head, seen, s.mentions(), start, places, gaz);
                if (antecedent != null) {
                    Mention ref = new Mention(antecedent.canonical(), antecedent.type(), start, end,
                            antecedent.canonical(), null);
                    added.add(ref);
                    i = end - 1;
                }
            }
            AnalyzedSentence withRefs = s;
            if (!added.isEmpty()) {
                List<Mention> all = new ArrayList<>(s.mentions());
                all.addAll(added);
                withRefs = s.withMentions(all);
            }
            for (Mention m : s.mentions()) {
                // 深圳湾实验室是广东省实验室: a predicate names a kind, not a body to refer back to.
                if (m.isResolved() && !(m.start() > 0 && text.charAt(m.start() - 1) == '是')) {
                    seen.add(m);
                }
            }
            seen.addAll(added);
            out.add(withRefs);
        }
        return out;
    }

    /** 该/本/新/此 written as a word of its own just before the head (not the 新 of 创新). */
    private String determinerBefore(AnalyzedSentence s, int i) {
        for (String d : determiners) {
            int at = i - d.length();
            if (at >= 0 && s.text().startsWith(d, at)
                    && (at == s.clauseStart(at) || s.tokens().stream().anyMatch(t -> t.start() == at))) {
                return d;
            }
        }
        return "";
    }

    /** 科技创新中心 the segmenter split: the head with the characters before it is itself a suffix of names. */
    private static boolean compound(String text, int start, int end, Gazetteer gaz) {
        for (int k = 1; k <= 4 && start - k >= 0; k++) {
            if (gaz.isOrgSuffix(text.substring(start - k, end))) {
                return true;
            }
        }
        return false;
    }

    private Head headAt(String text, int i) {
        for (Head h : heads) {
            if (text.startsWith(h.word(), i)) {
                return h;
            }
        }
        return null;
    }

    private static boolean overlaps(AnalyzedSentence s, int start, int end) {
        return s.mentions().stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** The head is a word of its own, not the tail of a longer one the segmenter kept whole. */
    private static boolean wordBoundaries(AnalyzedSentence s, int start, int end) {
        boolean startsWord = s.tokens().stream().anyMatch(t -> t.start() == start || t.end() == start && t.start() < start);
        boolean endsWord = s.tokens().stream().anyMatch(t -> t.end() == end);
        return startsWord && endsWord;
    }

    private static boolean standsAlone(AnalyzedSentence s, Head head, String det, int start) {
        String clause = s.text().substring(s.clauseStart(start), start);
        if (clause.endsWith("为") && clause.contains("以")) {
            // 以企业为中心: a figure of speech, not a body.
            return false;
        }
        if (!det.isEmpty() || s.clauseStart(start) == start) {
            return true;
        }
        if (head.needsDeterminer()) {
            return false;
        }
        int end = start + head.word().length();
        for (Token t : s.tokens()) {
            // 支持中心建设: the object of a verb or preposition; 要求研究院聚焦, 研究所将…: the subject of a verb.
            if (t.end() == start && (t.tag().equals("v") || t.tag().equals("vi") || t.tag().startsWith("p"))
                    || t.start() == end && (t.tag().equals("v") || t.tag().equals("vi") || t.tag().equals("d"))) {
                return true;
            }
        }
        return false;
    }

    private static Mention antecedent(Head head, List<Mention> seen, List<Mention> here, int before,
                                      AliasResolver.DominantPlaces places, Gazetteer gaz) {
        switch (head.kind()) {
            case PROVINCE, CITY -> {
                String place = head.kind() == Kind.PROVINCE ? places.province() : places.city();
                return place == null ? null : new Mention(place, EntityType.PLACE, 0, 0, place, null);
            }
            default -> {
                List<Mention> candidates = new ArrayList<>(seen);
                here.stream().filter(m -> m.end() <= before && m.isResolved()).forEach(candidates::add);
                for (int i = candidates.size() - 1; i >= 0; i--) {
                    Mention m = candidates.get(i);
                    if (refersTo(head, m)) {
                        return m;
                    }
                    Mention named = namedByCeremony(m, gaz);
                    if (named != null && refersTo(head, named)) {
                        return named;
                    }
                }
                return null;
            }
        }
    }

    /** 秦创原储能技术研究院揭牌仪式: a ceremony named after the body it opens names that body. */
    private static Mention namedByCeremony(Mention m, Gazetteer gaz) {
        if (m.type() != EntityType.MEETING) {
            return null;
        }
        String name = m.canonical();
        for (int cut = name.length() - 2; cut >= 2; cut--) {
            String rest = name.substring(cut);
            if (gaz.isMeetingWord(rest) || rest.endsWith("仪式")) {
                String body = name.substring(0, cut);
                Optional<EntityType> type = gaz.suffixType(body).filter(t -> t.isOrganization()
                        || t == EntityType.FACILITY);
                if (type.isPresent()) {
                    return new Mention(body, type.get(), m.start(), m.start() + body.length(), body, null);
                }
            }
        }
        return null;
    }

    private static boolean refersTo(Head head, Mention m) {
        String name = m.canonical();
        if (name.length() <= head.word().length() + 1) {
            return false;
        }
        if (head.kind() == Kind.UNIVERSITY) {
            return name.endsWith("大学");
        }
        return (m.type().isOrganization() || m.type() == EntityType.FACILITY) && name.endsWith(head.word());
    }

    private static BackReferences load() {
        InputStream in = BackReferences.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("gazetteer file missing from the classpath: " + RESOURCE);
        }
        List<Head> heads = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                heads.add(new Head(f[0], Kind.valueOf(f[1]), f.length > 2 && f[2].equals("det")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackReferences(heads);
    }
}
