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
 * ROR organisations by every Chinese name they carry (label, alias, acronym), normalised. Read-only
 * once built, so one instance serves all threads.
 */
final class RorIndex {
    private final Map<String, List<RorRecord>> byName;

    private RorIndex(Map<String, List<RorRecord>> byName) {
        this.byName = byName;
    }

    /** Reads ROR records, one JSON object a line; {@code source} names the input in error messages. */
    static RorIndex read(InputStream in, String source) {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<RorRecord>> byName = new HashMap<>();
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
                for (String name : rec.chineseNames()) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>()).add(rec);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new RorIndex(Map.copyOf(byName));
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
            } else if (lang.equals("en") && kinds.contains("label") && english == null) {
                english = value;
            } else if (kinds.contains("ror_display")) {
                display = value;
            }
        }
        return new RorRecord(id, List.copyOf(chinese), english != null ? english : display,
                texts(node.path("wikidata")), texts(node.path("types")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Records carrying exactly this (normalised) name; usually none or one. */
    List<RorRecord> find(String normalizedName) {
        return byName.getOrDefault(normalizedName, List.of());
    }
}
