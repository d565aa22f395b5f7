package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves names that need the whole article: a bare local body (市委) becomes the body of the article's dominant
 * place of that level (上海市委 in a Shanghai article); an abbreviation made of characters of a longer
 * organisation name seen in the same article (上海技物所, 浙大) maps to that name. Unresolvable abbreviations are
 * dropped rather than guessed.
 */
final class AliasResolver {

    private final Gazetteer gaz;

    AliasResolver(Gazetteer gaz) {
        this.gaz = gaz;
    }

    /** The city (or municipality) the article mentions most, counting local bodies by their place. */
    String dominantCity(List<AnalyzedSentence> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.canonical() == null) {
                    continue;
                }
                String place = m.type() == EntityType.PLACE ? m.canonical() : placePrefix(m.canonical()).orElse(null);
                if (place == null) {
                    continue;
                }
                Optional<Gazetteer.PlaceInfo> info = gaz.place(place);
                if (info.isPresent() && (info.get().level() == Gazetteer.Level.MUNICIPALITY
                        || info.get().level() == Gazetteer.Level.CITY)) {
                    counts.merge(place, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The longest place name a canonical organisation name starts with (上海市委 → 上海市). */
    Optional<String> placePrefix(String name) {
        for (int e = name.length() - 1; e >= 2; e--) {
            Optional<Gazetteer.Known> k = gaz.lookup(name.substring(0, e)).filter(x -> x.type() == EntityType.PLACE);
            if (k.isPresent()) {
                return Optional.of(k.get().canonical());
            }
        }
        return Optional.empty();
    }

    List<AnalyzedSentence> resolve(List<AnalyzedSentence> sentences, String city) {
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
        for (AnalyzedSentence s : sentences) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : s.mentions()) {
                Mention r = resolve(m, city, longestFirst);
                if (r != null) {
                    ms.add(r);
                }
            }
            out.add(new AnalyzedSentence(s.sentence(), s.paragraph(), s.tokens(), ms, s.titles()));
        }
        return out;
    }

    private Mention resolve(Mention m, String city, List<String> orgNames) {
        if (m.canonical() == null) {
            Optional<Gazetteer.LocalBody> body = gaz.localBody(m.text());
            if (body.isPresent()) {
                return city == null ? m.withCanonical(m.text()) : m.withCanonical(MentionFinder.joinPlace(city, m.text()));
            }
            return abbreviationOf(m.text(), orgNames).map(m::withCanonical).orElse(null);
        }
        if (m.type().isOrganization() && gaz.lookup(m.text()).isEmpty() && m.text().length() <= 6) {
            return abbreviationOf(m.text(), orgNames).map(m::withCanonical).orElse(m);
        }
        return m;
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
                // 上海高等研究院 after 浙江大学上海高等研究院 names the same institute.
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
