package org.w3id.kechuang.model;

import java.util.Objects;

/**
 * One relation read from one sentence.
 *
 * @param evidence the sentence it was read from, verbatim from the article body
 */
public record Fact(Entity subject, Relation relation, Entity object, String evidence) {
    public Fact {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
    }
}
