package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kechuang.reference.NameNormalizer;
import org.w3id.kechuang.reference.PlaceRow;
import org.w3id.kechuang.reference.PlaceSuffixes;

/**
 * Chinese places by full name and by the name without its administrative suffix (上海市 is also
 * 上海). Read-only once built.
 */
final class PlaceIndex {
    private final Map<String, List<PlaceRecord>> byName;
    private final Map<String, List<PlaceRecord>> byStem;
    /** Rows by {@link #samePlace} key: all rows of one place, whichever of its names was found. */
    private final Map<String, List<PlaceRecord>> byPlace;
    private final PlaceSuffixes suffixes;

    private PlaceIndex(Map<String, List<PlaceRecord>> byName, Map<String, List<PlaceRecord>> byStem,
                       Map<String, List<PlaceRecord>> byPlace, PlaceSuffixes suffixes) {
        this.byName = byName;
        this.byStem = byStem;
        this.byPlace = byPlace;
        this.suffixes = suffixes;
    }

    /** Indexes the table's rows by normalised name and by name without its suffix. */
    static PlaceIndex of(List<PlaceRow> table, PlaceSuffixes suffixes) {
        List<PlaceRecord> rows = trustedWikidata(table.stream().map(PlaceIndex::record).toList(), suffixes);
        Map<String, List<PlaceRecord>> byName = new HashMap<>();
        Map<String, List<PlaceRecord>> byStem = new HashMap<>();
        Map<String, List<PlaceRecord>> byPlace = new HashMap<>();
        for (PlaceRecord p : rows) {
            byPlace.computeIfAbsent(samePlace(p, suffixes), k -> new ArrayList<>()).add(p);
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
            String stem = suffixes.stem(p.name());
            if (stem != null) {
                byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(p);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byStem.replaceAll((k, v) -> List.copyOf(v));
        byPlace.replaceAll((k, v) -> List.copyOf(v));
        return new PlaceIndex(Map.copyOf(byName), Map.copyOf(byStem), Map.copyOf(byPlace), suffixes);
    }

    /** A row as linking compares it: names normalised, a Wikidata item only when well-formed. */
    private static PlaceRecord record(PlaceRow r) {
        String qid = r.wikidata().strip();
        String english = r.englishName().strip();
        return new PlaceRecord(NameNormalizer.normalize(r.name()), english.isEmpty() ? null : english,
                r.type().strip(), NameNormalizer.normalize(r.parent()), qid.matches("Q[0-9]+") ? qid : null,
                r.latitude(), r.longitude());
    }

    /**
     * The table gives some Wikidata items to several different places (上海市's item also to a town in
     * Fujian). Such an item is kept only on the single top-level place that carries it, if any, and
     * dropped from the rest, so that no place links to another's item. Rows that differ only by the
     * administrative suffix under one parent (广州 and 广州市 in 广东省) are one place here.
     */
    private static List<PlaceRecord> trustedWikidata(List<PlaceRecord> rows, PlaceSuffixes suffixes) {
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
        return suffixes.isSuffixedForm(longName, shortName);
    }

    /** Rows with this key are one place: the name without its suffix, and the parent. */
    private static String samePlace(PlaceRecord p, PlaceSuffixes suffixes) {
        String stem = suffixes.stem(p.name());
        return (stem == null ? p.name() : stem) + "|" + p.parent();
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
        String suffix = suffixes.suffixOf(name);
        if (all.isEmpty() && suffix != null) {
            Set<String> types = suffixes.typesOf(suffix);
            byName.getOrDefault(name.substring(0, name.length() - suffix.length()), List.of()).stream()
                    .filter(p -> types.contains(p.type())).forEach(all::add);
        }
        for (PlaceRecord p : all) {
            // Every row of the place, in table order, so that one place reads the same by any name.
            places.computeIfAbsent(samePlace(p, suffixes), byPlace::get);
        }
        return places;
    }
}
