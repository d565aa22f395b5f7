package org.w3id.kechuang.resolve;

import java.math.BigDecimal;
import java.util.List;

/**
 * What open data says about one entity.
 *
 * @param canonicalName the linked record's Chinese name, the name the entity takes (上海市 for 上海)
 * @param sameAs        IRIs of the same thing elsewhere: the Wikidata entity first, then the ROR record
 *                      (each well-formed, as the shapes require); may be empty for a place the data knows
 *                      only by name and coordinates
 * @param englishLabel  its English name, or null
 * @param latitude      WGS84 latitude of a place, or null
 * @param longitude     WGS84 longitude of a place, or null
 * @param rorTypes      the ROR record's types (education, facility, government…), empty for others
 * @param parentPlace   for a place, the Chinese name of the province or municipality it lies in, or null
 */
public record Link(String canonicalName, List<String> sameAs, String englishLabel, BigDecimal latitude,
                   BigDecimal longitude, List<String> rorTypes, String parentPlace) {

    public Link {
        sameAs = List.copyOf(sameAs);
        rorTypes = List.copyOf(rorTypes);
    }

    /** What makes two links one thing: the first identifier, else the name and parent of a place. */
    public String identity() {
        return sameAs.isEmpty() ? "place:" + canonicalName + "|" + parentPlace : sameAs.get(0);
    }
}
