package org.w3id.kechuang.resolve;

import java.util.List;

/**
 * One record an ambiguous name could denote, for a curator to choose from.
 *
 * @param name        its Chinese name
 * @param englishName its English name, or null
 * @param iris        its Wikidata/ROR IRIs (may be empty for a place the table knows only by name)
 * @param where       what tells it apart: the province of a place, the city of an organisation, or null
 */
public record Candidate(String name, String englishName, List<String> iris, String where) {
    public Candidate {
        iris = List.copyOf(iris);
    }
}
