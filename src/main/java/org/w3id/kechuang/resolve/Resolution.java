package org.w3id.kechuang.resolve;

import java.util.List;

/**
 * The outcome of linking one name: a link, or the records it could denote when they cannot be told
 * apart (then no link), or neither when nothing matches.
 */
public record Resolution(Link link, List<Candidate> candidates) {
    static final Resolution NONE = new Resolution(null, List.of());

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    static Resolution linked(Link link) {
        return new Resolution(link, List.of());
    }

    static Resolution ambiguous(List<Candidate> candidates) {
        return new Resolution(null, candidates);
    }

    public boolean isLinked() {
        return link != null;
    }

    public boolean isAmbiguous() {
        return link == null && !candidates.isEmpty();
    }
}
