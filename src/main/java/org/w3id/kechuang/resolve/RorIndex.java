package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kechuang.reference.NameNormalizer;
import org.w3id.kechuang.reference.NameVariants;
import org.w3id.kechuang.reference.RorRow;

/**
 * ROR organisations by every Chinese name they carry (label, alias, acronym), compared in the form of
 * {@link NameVariants#key}. Read-only once built, so one instance serves all threads.
 */
final class RorIndex {
    private final Map<String, List<RorRecord>> byName;
    private final Map<String, RorRecord> byId;
    private final NameVariants variants;

    private RorIndex(Map<String, List<RorRecord>> byName, Map<String, RorRecord> byId, NameVariants variants) {
        this.byName = byName;
        this.byId = byId;
        this.variants = variants;
    }

    /** Indexes the records that are not withdrawn (ROR withdraws duplicates and errors: only ambiguity). */
    static RorIndex of(List<RorRow> rows, NameVariants variants) {
        Map<String, List<RorRecord>> byName = new HashMap<>();
        Map<String, RorRecord> byId = new HashMap<>();
        for (RorRow row : rows) {
            if (row.withdrawn()) {
                continue;
            }
            RorRecord rec = record(row);
            byId.put(rec.id(), rec);
            Set<String> keys = new LinkedHashSet<>();
            rec.chineseNames().forEach(n -> keys.add(variants.key(n)));
            for (String key : keys) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(rec);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new RorIndex(Map.copyOf(byName), Map.copyOf(byId), variants);
    }

    /** What linking uses of a record: its Chinese names normalised, its labels, its place. */
    private static RorRecord record(RorRow row) {
        Set<String> chinese = new LinkedHashSet<>();
        String chineseLabel = null;
        String english = null;
        String display = null;
        for (RorRow.Name n : row.names()) {
            String value = NameNormalizer.normalize(n.value());
            if (value.isEmpty()) {
                continue;
            }
            if (NameNormalizer.isChinese(value)) {
                chinese.add(value);
                if (chineseLabel == null && n.kinds().contains("label")) {
                    chineseLabel = value;
                }
            } else if (n.lang().equals("en") && n.kinds().contains("label") && english == null) {
                english = value;
            } else if (n.kinds().contains("ror_display")) {
                display = value;
            }
        }
        if (chineseLabel == null && !chinese.isEmpty()) {
            chineseLabel = chinese.iterator().next();
        }
        return new RorRecord(row.id(), List.copyOf(chinese), chineseLabel, english != null ? english : display,
                row.wikidata(), row.types(), row.parents(), row.city(), row.subdivision());
    }

    /** Records carrying this name, compared as {@link NameVariants#key}; usually none or one. */
    List<RorRecord> find(String name) {
        return byName.getOrDefault(variants.key(name), List.of());
    }

    /**
     * Records whose name is a nested one: the name of one organisation followed by the name of a record
     * ROR lists under it (中国科学院 + 上海光学精密机械研究所). Every split is tried; a child counts only
     * under its ROR parent, so the parent relation, not a guess, ties the two parts together.
     */
    List<RorRecord> findNested(String name) {
        String key = variants.key(name);
        Set<RorRecord> out = new LinkedHashSet<>();
        for (int i = 2; i <= key.length() - 2; i++) {
            List<RorRecord> parents = byName.getOrDefault(key.substring(0, i), List.of());
            if (parents.size() != 1) {
                continue;
            }
            String parentId = parents.get(0).id();
            for (RorRecord child : byName.getOrDefault(key.substring(i), List.of())) {
                if (child.parents().contains(parentId)) {
                    out.add(child);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The record with this ROR id, or null. */
    RorRecord byId(String id) {
        return byId.get(id);
    }

    /** The form a name is compared in. */
    String key(String name) {
        return variants.key(name);
    }
}
