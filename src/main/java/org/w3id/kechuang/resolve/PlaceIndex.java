package org.w3id.kechuang.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chinese places by full name and by the name without its administrative suffix (上海市 is also
 * 上海). Read-only once built.
 */
final class PlaceIndex {
    private final Map<String, List<PlaceRecord>> byName;
    private final Map<String, List<PlaceRecord>> byStem;
    /** Rows by {@link #samePlace} key: all rows of one place, whichever of its names was found. */
    private final Map<String, List<PlaceRecord>> byPlace;
    private final List<String> suffixes;
    /** Per suffix, the table types a suffixed name may denote when the table has only the short name. */
    private final Map<String, Set<String>> typesOfSuffix;

    private PlaceIndex(Map<String, List<PlaceRecord>> byName, Map<String, List<PlaceRecord>> byStem,
                       Map<String, List<PlaceRecord>> byPlace, List<String> suffixes,
                       Map<String, Set<String>> typesOfSuffix) {
        this.byName = byName;
        this.byStem = byStem;
        this.byPlace = byPlace;
        this.suffixes = suffixes;
        this.typesOfSuffix = typesOfSuffix;
    }

    /**
     * Reads the tab-separated table (header; name_zh, name_en, type, parent_zh, wikidata, latitude,
     * longitude) and the administrative suffixes (each optionally followed by a tab and the table types
     * it may stand for), longest first.
     */
    static PlaceIndex read(InputStream table, String source, List<String> suffixLines) {
        Map<String, Set<String>> typesOfSuffix = new HashMap<>();
        for (String line : suffixLines) {
            String[] f = line.split("\t", 2);
            typesOfSuffix.put(f[0].strip(), f.length < 2 ? Set.of()
                    : java.util.Arrays.stream(f[1].split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        }
        List<String> bySize = typesOfSuffix.keySet().stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).collect(Collectors.toUnmodifiableList());
        List<PlaceRecord> rows = trustedWikidata(rows(table, source), bySize);
        Map<String, List<PlaceRecord>> byName = new HashMap<>();
        Map<String, List<PlaceRecord>> byStem = new HashMap<>();
        Map<String, List<PlaceRecord>> byPlace = new HashMap<>();
        for (PlaceRecord p : rows) {
            byPlace.computeIfAbsent(samePlace(p, bySize), k -> new ArrayList<>()).add(p);
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            String stem = stem(p.name(), bySize);
            if (stem != null) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(p);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byStem.replaceAll((k, v) -> List.copyOf(v));
        byPlace.replaceAll((k, v) -> List.copyOf(v));
        return new PlaceIndex(Map.copyOf(byName), Map.copyOf(byStem), Map.copyOf(byPlace), bySize,
                Map.copyOf(typesOfSuffix));
    }

    private static List<PlaceRecord> rows(InputStream table, String source) {
        List<PlaceRecord> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 7) {
                    throw new IllegalStateException(source + ":" + lineNo + ": expected 7 tab-separated fields, found " + f.length);
                }
                String qid = f[4].strip();
                rows.add(new PlaceRecord(NameNormalizer.normalize(f[0]), blankToNull(f[1]), f[2].strip(),
                        NameNormalizer.normalize(f[3]), qid.matches("Q[0-9]+") ? qid : null,
                        decimal(f[5], source, lineNo), decimal(f[6], source, lineNo)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * The table gives some Wikidata items to several different places (上海市's item also to a town in
     * Fujian). Such an item is kept only on the single top-level place that carries it, if any, and
     * dropped from the rest, so that no place links to another's item. Rows that differ only by the
     * administrative suffix under one parent (广州 and 广州市 in 广东省) are one place here.
     */
    private static List<PlaceRecord> trustedWikidata(List<PlaceRecord> rows, List<String> suffixes) {
        Map<String, Set<String>> placesOfItem = new HashMap<>();
        Map<String, Set<String>> topLevelOfItem = new HashMap<>();
        for (PlaceRecord p : rows) {
            if (p.wikidata() != null) {
                placesOfItem.computeIfAbsent(p.wikidata(), k -> new LinkedHashSet<>()).add(samePlace(p, suffixes));
                if (p.isTopLevel()) {
                    topLevelOfItem.computeIfAbsent(p.wikidata(), k -> new LinkedHashSet<>()).add(samePlace(p, suffixes));
                }
            }
        }
        List<PlaceRecord> out = new ArrayList<>(rows.size());
        for (PlaceRecord p : rows) {
            String q = p.wikidata();
            boolean shared = q != null && placesOfItem.get(q).size() > 1;
            boolean keep = !shared || (p.isTopLevel() && topLevelOfItem.get(q).size() == 1);
            out.add(keep ? p : p.withoutWikidata());
        }
        return out;
    }

    /** True when the long name is the short one followed by an administrative suffix (龙岗区, 龙岗). */
    boolean isSuffixedForm(String longName, String shortName) {
        return longName.length() > shortName.length() && longName.startsWith(shortName)
                && suffixes.contains(longName.substring(shortName.length()));
    }

    /** Rows with this key are one place: the name without its suffix, and the parent. */
    private static String samePlace(PlaceRecord p, List<String> suffixes) {
        String stem = stem(p.name(), suffixes);
        return (stem == null ? p.name() : stem) + "|" + p.parent();
    }

    /** The longest administrative suffix of the name that leaves at least two characters, or null. */
    private static String suffix(String name, List<String> suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return s;
            }
        }
        return null;
    }

    /** The name without its longest administrative suffix, or null when it has none or too little is left. */
    private static String stem(String name, List<String> suffixes) {
        for (String s : suffixes) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return null;
    }

    /**
     * Distinct places a normalised name can denote: the name itself and the name as the short form of
     * a suffixed name (上海 → 上海市); only when neither exists, the name without its suffix (徐汇区 →
     * 徐汇), so that a full name found as written (新疆维吾尔自治区) is not confused with its short form;
     * then only places of a type the suffix can name (a 区 is a district, not a prefecture: 哈尔滨新区 is
     * not 哈尔滨). Grouped by place (rows that differ only by the suffix under one parent are one), each
     * with all its rows in table order.
     */
    Map<String, List<PlaceRecord>> candidates(String name) {
        Map<String, List<PlaceRecord>> places = new LinkedHashMap<>();
        List<PlaceRecord> all = new ArrayList<>(byName.getOrDefault(name, List.of()));
        all.addAll(byStem.getOrDefault(name, List.of()));
        String suffix = suffix(name, suffixes);
        if (all.isEmpty() && suffix != null) {
            Set<String> types = typesOfSuffix.getOrDefault(suffix, Set.of());
            byName.getOrDefault(name.substring(0, name.length() - suffix.length()), List.of()).stream()
                    .filter(p -> types.contains(p.type())).forEach(all::add);
        }
        for (PlaceRecord p : all) {
            // Every row of the place, in table order, so that one place reads the same by any name.
            places.computeIfAbsent(samePlace(p, suffixes), byPlace::get);
        }
        return places;
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static BigDecimal decimal(String s, String source, int lineNo) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new IllegalStateException(source + ":" + lineNo + ": not a number: " + t);
        }
    }
}
