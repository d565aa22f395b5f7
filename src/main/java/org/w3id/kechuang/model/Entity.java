package org.w3id.kechuang.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A thing the article talks about, under its canonical name.
 *
 * @param type     its class
 * @param name     canonical full name (上海交通大学, not 交大); for events a descriptive label
 * @param altNames every other name seen for it in the article (never contains {@code name})
 * @param date     for events, the resolved calendar day when the article gives one; otherwise null
 */
public record Entity(EntityType type, String name, Set<String> altNames, LocalDate date) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        altNames = Set.copyOf(altNames == null ? Set.of() : altNames);
        if (altNames.contains(name)) {
            altNames = altNames.stream().filter(n -> !n.equals(name))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    public static Entity of(EntityType type, String name) {
        return new Entity(type, name, Set.of(), null);
    }

    /**
     * Identity of the real thing: same key, same IRI. Class family and name, plus the date for events
     * (two visits to one site on different days are two visits).
     */
    public String key() {
        return type.family() + "|" + name + (type.isEvent() && date != null ? "|" + date : "");
    }
}
