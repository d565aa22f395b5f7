package org.w3id.kechuang.reference;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.model.EntityType;

/**
 * One row of the hand-made link table {@code reference/links.tsv}: a well-known entity the data files
 * lack, with its Wikidata item and/or ROR id and the source that says so.
 *
 * @param name the name, normalised
 */
public record CuratedRow(String name, EntityType type, String wikidata, String ror, String englishName,
                         String source) {

    static List<CuratedRow> parse(List<String> lines, String source) {
        List<CuratedRow> rows = new ArrayList<>();
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
            rows.add(new CuratedRow(NameNormalizer.normalize(f[0]), EntityTypes.byClassName(f[1].strip(), source),
                    q.isEmpty() ? null : q, ror.isEmpty() ? null : ror, f[4].isBlank() ? null : f[4].strip(),
                    f[5].strip()));
        }
        return List.copyOf(rows);
    }
}
