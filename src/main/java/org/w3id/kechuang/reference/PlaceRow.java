package org.w3id.kechuang.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the places table {@code data/places-cn.tsv}, as written (names are not normalised: the
 * gazetteer matches them in text, the linker normalises them for comparison).
 *
 * @param type     the table's type of place (province, prefecture, district, adm2…)
 * @param parent   the Chinese name of the province or municipality it lies in; empty at the top level
 * @param wikidata the table's Wikidata item, or empty
 */
public record PlaceRow(String name, String englishName, String type, String parent, String wikidata,
                       BigDecimal latitude, BigDecimal longitude) {

    /** Reads the tab-separated table (header; name_zh, name_en, type, parent_zh, wikidata, latitude, longitude). */
    static List<PlaceRow> parse(List<String> lines, String source) {
        List<PlaceRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 7) {
                throw new IllegalStateException(source + ":" + lineNo + ": expected 7 tab-separated fields, found " + f.length);
            }
            rows.add(new PlaceRow(f[0], f[1], f[2], f[3], f[4], decimal(f[5], source, lineNo),
                    decimal(f[6], source, lineNo)));
        }
        return List.copyOf(rows);
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
