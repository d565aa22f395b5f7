package org.w3id.kechuang.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    static RorIndex read(InputStream in, String source) {
        return read(in, source, NameVariants.parse(List.of(), source));
    }

    /** Reads ROR records, one JSON object a line; {@code source} names the input in error messages. */
    static RorIndex read(InputStream in, String source, NameVariants variants) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<RorRecord>> byName = new HashMap<>();
        Map<String, RorRecord> byId = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                RorRecord rec = parse(json, line, source, lineNo);
                if (rec == null) {
                    continue;
                }
                byId.put(rec.id(), rec);
                Set<String> keys = new LinkedHashSet<>();
                rec.chineseNames().forEach(n -> keys.add(variants.key(n)));
                for (String key : keys) {
                    byName.computeIfAbsent(key, k -> new ArrayList<>()).add(rec);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new RorIndex(Map.copyOf(byName), Map.copyOf(byId), variants);
    }

    /** Null for a withdrawn record: ROR withdraws duplicates and errors, which would only add ambiguity. */
    private static RorRecord parse(ObjectMapper json, String line, String source, int lineNo) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(source + ":" + lineNo + ": not a JSON object: " + e.getMessage());
        }
        String id = node.path("id").asText("");
        if (id.isEmpty()) {
            throw new IllegalStateException(source + ":" + lineNo + ": ROR record without an id");
        }
        if ("withdrawn".equals(node.path("status").asText())) {
            return null;
        }
        Set<String> chinese = new LinkedHashSet<>();
        String chineseLabel = null;
        String english = null;
        String display = null;
        for (JsonNode n : node.path("names")) {
            String value = NameNormalizer.normalize(n.path("value").asText(""));
            String lang = n.path("lang").asText("");
            List<String> kinds = texts(n.path("types"));
            if (value.isEmpty()) {
                continue;
            }
            if (NameNormalizer.isChinese(value)) {
                chinese.add(value);
                if (chineseLabel == null && kinds.contains("label")) {
                    chineseLabel = value;
                }
            } else if (lang.equals("en") && kinds.contains("label") && english == null) {
                english = value;
            } else if (kinds.contains("ror_display")) {
                display = value;
            }
        }
        List<String> parents = new ArrayList<>();
        for (JsonNode rel : node.path("relationships")) {
            if ("parent".equals(rel.path("type").asText())) {
                parents.add(rel.path("id").asText());
            }
        }
        if (chineseLabel == null && !chinese.isEmpty()) {
            chineseLabel = chinese.iterator().next();
        }
        return new RorRecord(id, List.copyOf(chinese), chineseLabel, english != null ? english : display,
                texts(node.path("wikidata")), texts(node.path("types")), parents,
                textOrNull(node.path("city")), textOrNull(node.path("subdivision")));
    }

    private static String textOrNull(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
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
