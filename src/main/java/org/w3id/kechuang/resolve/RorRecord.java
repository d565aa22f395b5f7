package org.w3id.kechuang.resolve;

import java.util.List;

/** One ROR organisation, reduced to what linking uses. */
record RorRecord(String id, List<String> chineseNames, String englishName, List<String> wikidata,
                 List<String> types) {

    RorRecord {
        chineseNames = List.copyOf(chineseNames);
        wikidata = List.copyOf(wikidata);
        types = List.copyOf(types);
    }
}
