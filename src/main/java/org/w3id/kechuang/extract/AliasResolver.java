package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;

/**
 * Resolves names that need the whole article: a bare local body (市委) becomes the body of the article's dominant
 * place of that level (上海市委 in a Shanghai article); an abbreviation made of characters of a longer
 * organisation name seen in the same article (大连化物所, 浙大) maps to that name. Unresolvable abbreviations are
 * dropped rather than guessed.
 */
final class AliasResolver {

    private final Gazetteer gaz;

    AliasResolver(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /**
     * The places the article mentions most, per level: the city (a municipality counts as one) and the province
     * (a municipality, or the province of a city or district mentioned). Local bodies count for their place.
     */
    DominantPlaces dominantPlaces(List<AnalyzedSentence> sentences) {
        Map<String, Integer> cities = new HashMap<>();
        Map<String, Integer> provinces = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.canonical() == null) {
                    continue;
                }
                // Places and local bodies say where the article is; a university named after a city does not.
                if (m.type() != EntityType.PLACE && m.type() != EntityType.GOVERNMENT_BODY) {
                    continue;
                }
                String place = m.type() == EntityType.PLACE ? m.canonical() : gaz.placePrefix(m.canonical()).orElse(null);
                Optional<Gazetteer.PlaceInfo> info = place == null ? Optional.empty() : gaz.place(place);
                if (info.isEmpty()) {
                    continue;
                }
                switch (info.get().level()) {
                    case MUNICIPALITY -> {
                        cities.merge(place, 1, Integer::sum);
                        provinces.merge(place, 1, Integer::sum);
                    }
                    case CITY -> {
                        cities.merge(place, 1, Integer::sum);
                        if (info.get().parent() != null) {
                            provinces.merge(info.get().parent(), 1, Integer::sum);
                        }
                    }
                    case PROVINCE -> provinces.merge(place, 1, Integer::sum);
                    default -> {
                        if (info.get().parent() != null) {
                            provinces.merge(info.get().parent(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        // The city lies in the province (a municipality is its own province): a city named in passing elsewhere
        // is not where a bare 市委 of this article sits.
        String province = top(provinces);
        if (province != null) {
            cities.keySet().removeIf(c -> !c.equals(province)
                    && !province.equals(gaz.place(c).map(Gazetteer.PlaceInfo::parent).orElse(null)));
        }
        return new DominantPlaces(top(cities), province);
    }

    /** The article's main city and province (canonical names), either may be null. */
    record DominantPlaces(String city, String province) {
        String of(Gazetteer.Level level) {
            return switch (level) {
                case PROVINCE -> province;
                case CITY, MUNICIPALITY -> city;
                default -> null;
            };
        }
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    List<AnalyzedSentence> resolve(List<AnalyzedSentence> sentences, DominantPlaces places) {
        sentences = completePeople(sentences);
        sentences = surnameAndTitle(sentences);
        Set<String> orgNames = new LinkedHashSet<>();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.canonical() != null && m.type().isOrganization()) {
                    orgNames.add(m.canonical());
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(orgNames);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (AnalyzedSentence s0 : sentences) {
            AnalyzedSentence s = withAbbreviations(s0, longestFirst);
            List<Mention> ms = new ArrayList<>();
            for (Mention m : s.mentions()) {
                Mention r = resolve(m, places, longestFirst);
                if (r != null) {
                    ms.add(r);
                }
            }
            out.add(new AnalyzedSentence(s.sentence(), s.paragraph(), s.tokens(), hosted(ms), s.titles()));
        }
        return out;
    }

    /** A unit named right after its host (西安光机所瞬态光学与光子技术国家重点实验室) is part of that host. */
    private List<Mention> hosted(List<Mention> ms) {
        List<Mention> out = new ArrayList<>(ms.size());
        Mention prev = null;
        for (Mention m : ms) {
            if (prev != null && m.partOf() == null && prev.end() == m.start() && prev.type().isOrganization()
                    && m.type().isOrganization() && gaz.endsWithHostedSuffix(m.text())) {
                m = m.withPartOf(prev.canonical());
            }
            out.add(m);
            prev = m;
        }
        return out;
    }

    private Mention resolve(Mention m, DominantPlaces places, List<String> orgNames) {
        if (m.canonical() == null) {
            Optional<Gazetteer.LocalBody> body = gaz.localBody(m.text());
            if (body.isPresent()) {
                String place = places.of(body.get().level());
                // With no place to attach it to, a bare 市委 is dropped: every such body would otherwise be one.
                return place == null ? null : m.withCanonical(StructuralNameFinder.joinPlace(place, m.text()));
            }
            return shortFormOf(m.text(), orgNames).map(m::withCanonical).orElse(null);
        }
        if (m.type().isOrganization() && gaz.lookup(m.text()).isEmpty() && m.text().length() <= 6) {
            return shortFormOf(m.text(), orgNames).map(m::withCanonical).orElse(m);
        }
        return m;
    }

    /**
     * A person named in full somewhere in the article is that person wherever the name recurs, even where HanLP cut
     * it short (陈志/远在), took it for a place or missed it (张/文杰). Only names of three or more characters are
     * carried: a two-character one is too often part of another word.
     */
    static List<AnalyzedSentence> completePeople(List<AnalyzedSentence> sentences) {
        Set<String> names = new LinkedHashSet<>();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.type() == EntityType.PERSON && m.text().length() >= 3) {
                    names.add(m.text());
                }
            }
        }
        if (names.isEmpty()) {
            return sentences;
        }
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (AnalyzedSentence s : sentences) {
            List<Mention> ms = new ArrayList<>(s.mentions());
            boolean changed = false;
            for (String name : names) {
                for (int at = s.text().indexOf(name); at >= 0; at = s.text().indexOf(name, at + 1)) {
                    int a = at;
                    int b = at + name.length();
                    List<Mention> overlap = ms.stream().filter(m -> m.end() > a && m.start() < b).toList();
                    boolean replaceable = overlap.stream().allMatch(m -> m.start() >= a && m.end() <= b
                            && !(m.type() == EntityType.PERSON && m.text().equals(name))
                            && (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE || m.canonical() == null));
                    if (!replaceable) {
                        continue;
                    }
                    ms.removeAll(overlap);
                    ms.add(new Mention(name, EntityType.PERSON, a, b, name, null));
                    changed = true;
                }
            }
            out.add(changed ? s.withMentions(ms) : s);
        }
        return out;
    }

    /**
     * Short forms no word list knows, made of characters of an organisation the article names in full (航天一院 for
     * 中国航天科技集团有限公司第一研究院): runs of up to three words no mention covers. A longer name opening with
     * a short form (哈工大空间环境地面模拟装置) stands for the rest when that is a name of the same class.
     */
    private AnalyzedSentence withAbbreviations(AnalyzedSentence s, List<String> orgNames) {
        List<Mention> ms = new ArrayList<>(s.mentions());
        List<org.w3id.kechuang.nlp.Token> tokens = s.tokens();
        boolean changed = false;
        String classChars = classChars(orgNames);
        for (int i = 0; i < tokens.size(); i++) {
            for (int e = Math.min(tokens.size(), i + 3); e > i; e--) {
                int from = tokens.get(i).start();
                int to = tokens.get(e - 1).end();
                if (classChars.indexOf(s.text().charAt(to - 1)) < 0) {
                    continue;
                }
                String text = s.text().substring(from, to);
                // Two characters only as one word in the slot before a title (吉大校长).
                boolean beforeTitle = e == i + 1 && s.titles().stream().anyMatch(t -> t.start() == to);
                if (text.length() < (beforeTitle ? 2 : 3) || text.length() > 5
                        || !text.codePoints().allMatch(Character::isIdeographic)
                        || ms.stream().anyMatch(m -> m.end() > from && m.start() < to) || gaz.lookup(text).isPresent()) {
                    continue;
                }
                Optional<String> full = strictAbbreviationOf(text, orgNames);
                if (full.isPresent()) {
                    ms.add(new Mention(text, EntityType.ORGANIZATION, from, to, full.get(), null));
                    changed = true;
                    i = e - 1;
                    break;
                }
            }
        }
        for (Mention m : List.copyOf(ms)) {
            if (m.type() == EntityType.PERSON || m.text().length() < 7 || m.partOf() != null) {
                continue;
            }
            for (int len = 3; len <= 5 && m.text().length() - len >= 4; len++) {
                int cut = m.start() + len;
                if (tokens.stream().noneMatch(t -> t.end() == cut)) {
                    continue;
                }
                String head = m.text().substring(0, len);
                String rest = m.text().substring(len);
                Optional<String> full = strictAbbreviationOf(head, orgNames);
                if (full.isPresent() && gaz.suffixType(rest).equals(gaz.suffixType(m.text()))) {
                    // The thing is the rest (空间环境地面模拟装置); the short form only says whose it is.
                    ms.set(ms.indexOf(m), m.withCanonical(rest));
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return s;
        }
        return s.withMentions(ms);
    }

    private String cachedClassChars;
    private List<String> cachedFor;

    /** The characters a short form can end with: those of the class words (last three characters) of the names. */
    private String classChars(List<String> orgNames) {
        if (orgNames != cachedFor) {
            StringBuilder b = new StringBuilder();
            orgNames.forEach(n -> b.append(n, Math.max(0, n.length() - 3), n.length()));
            cachedClassChars = b.toString();
            cachedFor = orgNames;
        }
        return cachedClassChars;
    }

    /**
     * A full name abbr stands for when abbr could be nothing else: it opens with the full name's first character or
     * two consecutive characters of it, keeps its characters in order, ends with a character of its class word
     * (大 of 大学, 院 of 研究院) and is no part of it as written.
     */
    static Optional<String> strictAbbreviationOf(String abbr, List<String> orgNames) {
        for (String full : orgNames) {
            if (full.length() <= abbr.length() + 1 || full.contains(abbr) || !isSubsequence(abbr, full)
                    || (abbr.length() == 2 && full.charAt(0) != abbr.charAt(0))
                    || full.substring(full.length() - 3).indexOf(abbr.charAt(abbr.length() - 1)) < 0) {
                continue;
            }
            if (full.charAt(0) == abbr.charAt(0) || full.contains(abbr.substring(0, 2))) {
                return Optional.of(full);
            }
        }
        return Optional.empty();
    }

    /** The full name a short form stands for: a company by its trade name (华为), else {@link #abbreviationOf}. */
    private Optional<String> shortFormOf(String abbr, List<String> orgNames) {
        for (String full : orgNames) {
            if (abbr.length() >= 2 && full.startsWith(abbr) && full.length() > abbr.length() + 2
                    && gaz.suffixType(full).filter(t -> t == EntityType.ENTERPRISE).isPresent()) {
                return Optional.of(full);
            }
        }
        return abbreviationOf(abbr, orgNames);
    }

    /**
     * 张副部长, 何院长: a surname and a title stand for the person of the article with that surname who is named
     * with that title; failing that, the only person of the article with that surname. Two people sharing a surname
     * and no title telling them apart: nothing is guessed.
     */
    List<AnalyzedSentence> surnameAndTitle(List<AnalyzedSentence> sentences) {
        Map<String, Set<String>> bySurname = new HashMap<>();
        Map<String, Set<String>> byTitle = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.type() == EntityType.PERSON && m.text().length() >= 2) {
                    bySurname.computeIfAbsent(m.text().substring(0, 1), k -> new LinkedHashSet<>()).add(m.canonical());
                    for (TitleMention t : s.titles()) {
                        if (t.end() == m.start()) {
                            byTitle.computeIfAbsent(t.text(), k -> new LinkedHashSet<>()).add(m.canonical());
                        }
                    }
                }
            }
        }
        List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
        for (AnalyzedSentence s : sentences) {
            List<Mention> ms = new ArrayList<>(s.mentions());
            boolean changed = false;
            for (TitleMention t : s.titles()) {
                int at = t.start() - 1;
                if (at < 0 || !gaz.isSurname(s.text().substring(at, at + 1))
                        || (at > 0 && Character.isIdeographic(s.text().charAt(at - 1))
                            && ms.stream().noneMatch(m -> m.end() == at))
                        || ms.stream().anyMatch(m -> m.end() > at && m.start() < t.end())) {
                    continue;
                }
                String surname = s.text().substring(at, at + 1);
                Set<String> same = bySurname.getOrDefault(surname, Set.of());
                List<String> titled = same.stream().filter(n -> byTitle.getOrDefault(t.text(), Set.of()).contains(n))
                        .toList();
                String who = titled.size() == 1 ? titled.get(0) : titled.isEmpty() && same.size() == 1
                        ? same.iterator().next() : null;
                if (who != null) {
                    ms.add(new Mention(s.text().substring(at, t.end()), EntityType.PERSON, at, t.end(), who, null));
                    changed = true;
                }
            }
            out.add(changed ? s.withMentions(ms) : s);
        }
        return out;
    }

    /** A longer organisation name of the article containing all the characters of abbr, in order. */
    static Optional<String> abbreviationOf(String abbr, List<String> orgNames) {
        for (String full : orgNames) {
            if (full.length() <= abbr.length() || !isSubsequence(abbr, full)
                    || full.substring(full.length() - 3).indexOf(abbr.charAt(abbr.length() - 1)) < 0) {
                continue;
            }
            if (!full.contains(abbr)) {
                return Optional.of(full);
            }
            if (full.endsWith(abbr) && abbr.length() >= 5) {
                // 深圳国际研究生院 after 清华大学深圳国际研究生院 names the same school.
                return Optional.of(full);
            }
        }
        return Optional.empty();
    }

    private static boolean isSubsequence(String a, String b) {
        int i = 0;
        for (int j = 0; j < b.length() && i < a.length(); j++) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
            }
        }
        return i == a.length();
    }
}
