package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.OpenData;
import org.w3id.kechuang.reference.CuratedRow;

/**
 * The repo's hand-made link table (reference/links.tsv) for well-known entities the data files lack.
 * Each row names its source. Names with one item share the canonical name of the item's first row.
 */
final class CuratedLinks {
    private final Map<String, List<CuratedRow>> byName;
    private final Map<String, String> canonicalOfItem;

    private CuratedLinks(Map<String, List<CuratedRow>> byName, Map<String, String> canonicalOfItem) {
        this.byName = byName;
        this.canonicalOfItem = canonicalOfItem;
    }

    static CuratedLinks of(List<CuratedRow> rows) {
        Map<String, List<CuratedRow>> byName = new HashMap<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        for (CuratedRow row : rows) {
            byName.computeIfAbsent(row.name(), k -> new ArrayList<>()).add(row);
            canonical.putIfAbsent(row.wikidata() != null ? row.wikidata() : row.ror(), row.name());
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new CuratedLinks(Map.copyOf(byName), Map.copyOf(canonical));
    }

    /** The link for a name of an entity of this class family, or null. */
    Link find(String normalizedName, EntityType type) {
        for (CuratedRow r : byName.getOrDefault(normalizedName, List.of())) {
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
}
