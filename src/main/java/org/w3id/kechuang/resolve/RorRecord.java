package org.w3id.kechuang.resolve;

import java.util.List;

/**
 * One ROR organisation, reduced to what linking uses.
 *
 * @param chineseLabel its Chinese name of type "label" (else its first Chinese name), as written
 * @param parents      the ROR ids of the organisations it is part of
 * @param city         its city in English (Beijing), or null
 * @param subdivision  its province in English, or null
 */
record RorRecord(String id, List<String> chineseNames, String chineseLabel, String englishName,
                 List<String> wikidata, List<String> types, List<String> parents, String city,
                 String subdivision) {

    RorRecord {
        chineseNames = List.copyOf(chineseNames);
        wikidata = List.copyOf(wikidata);
        types = List.copyOf(types);
        parents = List.copyOf(parents);
    }

    /** The main Wikidata item: ROR lists it first; later ones are often sub-entities or duplicates. */
    String mainWikidata() {
        return wikidata.stream().filter(q -> q.matches("Q[0-9]+")).findFirst().orElse(null);
    }

    boolean wellFormedId() {
        return id.matches("https://ror\\.org/0[a-z0-9]{6}[0-9]{2}");
    }
}
