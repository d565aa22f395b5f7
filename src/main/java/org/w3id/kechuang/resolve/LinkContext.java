package org.w3id.kechuang.resolve;

import java.util.Set;

/**
 * What an article says that can tell the records of one name apart: the places it names (with the
 * provinces they lie in), in Chinese as the places table writes them and in English as ROR writes cities.
 */
public record LinkContext(Set<String> placeNames, Set<String> englishPlaceNames) {
    public static final LinkContext NONE = new LinkContext(Set.of(), Set.of());

    public LinkContext {
        placeNames = Set.copyOf(placeNames);
        englishPlaceNames = Set.copyOf(englishPlaceNames);
    }

    /** True when the article names this place in English; false for null. */
    boolean names(String englishName) {
        return englishName != null && englishPlaceNames.contains(englishName);
    }
}
