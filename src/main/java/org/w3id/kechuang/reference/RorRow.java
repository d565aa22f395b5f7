package org.w3id.kechuang.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of the ROR extract {@code data/ror-cn.jsonl}, with its names as written (the gazetteer
 * matches them in text, the linker normalises them for comparison).
 *
 * @param id      the record's ROR IRI
 * @param types   ROR types: education, facility, government, company…
 * @param parents the ROR ids of the organisations it is part of
 * @param city    its city in English (Beijing), or null
 * @param subdivision its province in English, or null
 */
public record RorRow(String id, boolean withdrawn, List<Name> names, List<String> types, List<String> wikidata,
                     List<String> parents, String city, String subdivision) {

    /** One name of the record: its text, language and ROR name types (label, alias, acronym, ror_display). */
    public record Name(String value, String lang, List<String> kinds) {
        public Name {
            kinds = List.copyOf(kinds);
        }
    }

    public RorRow {
        names = List.copyOf(names);
        types = List.copyOf(types);
        wikidata = List.copyOf(wikidata);
        parents = List.copyOf(parents);
    }

    /** One JSON object a line; {@code source} names the input in error messages. */
    static List<RorRow> parse(List<String> lines, String source) {
        ObjectMapper json = new ObjectMapper();
        List<RorRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                rows.add(parse(json, lines.get(i), source, i + 1));
            }
        }
        return List.copyOf(rows);
    }

    private static RorRow parse(ObjectMapper json, String line, String source, int lineNo) {
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
        List<Name> names = new ArrayList<>();
        for (JsonNode n : node.path("names")) {
            names.add(new Name(n.path("value").asText(""), n.path("lang").asText(""), texts(n.path("types"))));
        }
        List<String> parents = new ArrayList<>();
        for (JsonNode rel : node.path("relationships")) {
            if ("parent".equals(rel.path("type").asText())) {
                parents.add(rel.path("id").asText());
            }
        }
        return new RorRow(id, "withdrawn".equals(node.path("status").asText()), names, texts(node.path("types")),
                texts(node.path("wikidata")), parents, textOrNull(node.path("city")),
                textOrNull(node.path("subdivision")));
    }

    private static String textOrNull(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
