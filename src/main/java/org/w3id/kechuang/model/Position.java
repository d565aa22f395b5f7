package org.w3id.kechuang.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post held by a person as one article states it.
 *
 * @param title        the post alone: 副部长, 书记, 校长
 * @param organization where it is held (上海市委, 科技部, 上海 for 副市长), or null when not stated
 * @param asOf         the article's date, or null when the article has none
 * @param evidence     the sentence it was read from
 */
public record Position(Entity person, String title, Entity organization, LocalDate asOf, String evidence) {
    public Position {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }
}
