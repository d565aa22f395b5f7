package org.w3id.kechuang.resolve;

import java.math.BigDecimal;

/**
 * One row of the places table. {@code wikidata} is null when the table has none or when the table gives
 * the same item to different places (then it cannot be trusted for any but the top-level one).
 */
record PlaceRecord(String name, String englishName, String type, String parent, String wikidata,
                   BigDecimal latitude, BigDecimal longitude) {

    boolean isTopLevel() {
        return parent.isEmpty();
    }

    PlaceRecord withoutWikidata() {
        return new PlaceRecord(name, englishName, type, parent, null, latitude, longitude);
    }
}
