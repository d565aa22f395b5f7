package org.w3id.kechuang.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One value of one property of the entity (or one subject pointing at it), with its evidence. */
final class Fact {
    /** The other end when it is an IRI; null for a literal. */
    final Ref other;
    /** The literal's text when the other end is a literal. */
    final String literal;
    final Set<Evidence> evidence = new LinkedHashSet<>();

    Fact(Ref other, String literal) {
        this.other = other;
        this.literal = literal;
    }

    /** Oldest article first, so a fact's first statement leads. */
    List<Evidence> evidence() {
        List<Evidence> sorted = new ArrayList<>(evidence);
        sorted.sort(java.util.Comparator.comparing((Evidence e) -> e.date() == null ? "~" : e.date())
            .thenComparing(Evidence::sentence));
        return sorted;
    }

    /** The earliest date among the fact's articles, for ordering; "" when none. */
    String date() {
        return evidence.stream().map(Evidence::date).filter(d -> d != null).sorted().findFirst().orElse("");
    }
}
