package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.OpenData;

/**
 * The repo's hand-made link table (resolve/links.tsv) for well-known entities the data files lack.
 * Each row names its source. Names with one item share the canonical name of the item's first row.
 */
final class CuratedLinks {
    static final String RESOURCE = "/kechuang/resolve/links.tsv";

    /** One row of the table. */
    record Row(String name, EntityType type, String wikidata, String ror, String englishName, String source) {}

    private final Map<String, List<Row>> byName;
    private final Map<String, String> canonicalOfItem;

    private CuratedLinks(Map<String, List<Row>> byName, Map<String, String> canonicalOfItem) {
        this.byName = byName;
        this.canonicalOfItem = canonicalOfItem;
    }

    static CuratedLinks standard() {
        return parse(EntityLinker.lines(RESOURCE), RESOURCE);
    }

    static CuratedLinks parse(List<String> lines, String source) {
        Map<String, List<Row>> byName = new HashMap<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException(source + ": expected 6 tab-separated fields in: " + line);
            }
            String q = f[2].strip();
            String ror = f[3].strip();
            if (!q.isEmpty() && !q.matches("Q[0-9]+")) {
                throw new IllegalStateException(source + ": not a Wikidata item id: " + q);
            }
            if (!ror.isEmpty() && !ror.matches("0[a-z0-9]{6}[0-9]{2}")) {
                throw new IllegalStateException(source + ": not a ROR id: " + ror);
            }
            if (q.isEmpty() && ror.isEmpty() || f[5].isBlank()) {
                throw new IllegalStateException(source + ": a row needs an identifier and its source: " + line);
            }
            Row row = new Row(NameNormalizer.normalize(f[0]), EntityTypes.byClassName(f[1].strip(), source),
                    q.isEmpty() ? null : q, ror.isEmpty() ? null : ror, f[4].isBlank() ? null : f[4].strip(),
                    f[5].strip());
            byName.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row);
            canonical.putIfAbsent(q.isEmpty() ? ror : q, row.name());
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new CuratedLinks(Map.copyOf(byName), Map.copyOf(canonical));
    }

    /** The link for a name of an entity of this class family, or null. */
    Link find(String normalizedName, EntityType type) {
        for (Row r : byName.getOrDefault(normalizedName, List.of())) {
            if (r.type().family().equals(type.family())) {
                List<String> sameAs = new ArrayList<>(2);
                if (r.wikidata() != null) {
                    sameAs.add(OpenData.WIKIDATA + r.wikidata());
                }
                if (r.ror() != null) {
                    sameAs.add(OpenData.ROR + r.ror());
                }
                String canonical = canonicalOfItem.get(r.wikidata() != null ? r.wikidata() : r.ror());
                return new Link(canonical, sameAs, r.englishName(), null, null, List.of(), null);
            }
        }
        return null;
    }

    List<Row> rows() {
        return byName.values().stream().flatMap(List::stream).toList();
    }
}
