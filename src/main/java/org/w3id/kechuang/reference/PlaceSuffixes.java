package org.w3id.kechuang.reference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrative suffixes a place name is also written without (上海市 → 上海), from
 * {@code reference/place-suffixes.txt}: the one rule the gazetteer and the linker share. The longest
 * suffix that matches is removed, and only when at least two characters remain.
 */
public final class PlaceSuffixes {
    private final List<String> longestFirst;
    /** Per suffix, the table types a suffixed name may denote when the table has only the short name. */
    private final Map<String, Set<String>> typesOfSuffix;

    private PlaceSuffixes(List<String> longestFirst, Map<String, Set<String>> typesOfSuffix) {
        this.longestFirst = longestFirst;
        this.typesOfSuffix = typesOfSuffix;
    }

    /** Lines of a suffix, optionally followed by a tab and the comma-separated table types it may stand for. */
    public static PlaceSuffixes parse(List<String> lines) {
        Map<String, Set<String>> typesOfSuffix = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", 2);
            typesOfSuffix.put(f[0].strip(), f.length < 2 ? Set.of()
                    : Arrays.stream(f[1].split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        }
        List<String> bySize = typesOfSuffix.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
        return new PlaceSuffixes(bySize, Map.copyOf(typesOfSuffix));
    }

    /** The longest suffix of the name that leaves at least two characters, or null. */
    public String suffixOf(String name) {
        for (String s : longestFirst) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return s;
            }
        }
        return null;
    }

    /** The name without its longest suffix, or null when it has none or too little is left. */
    public String stem(String name) {
        String s = suffixOf(name);
        return s == null ? null : name.substring(0, name.length() - s.length());
    }

    /** The table types a name with this suffix may denote through its short form; empty for none. */
    public Set<String> typesOf(String suffix) {
        return typesOfSuffix.getOrDefault(suffix, Set.of());
    }

    /** True when the long name is the short one followed by a suffix (龙岗区, 龙岗). */
    public boolean isSuffixedForm(String longName, String shortName) {
        return longName.length() > shortName.length() && longName.startsWith(shortName)
                && typesOfSuffix.containsKey(longName.substring(shortName.length()));
    }
}
