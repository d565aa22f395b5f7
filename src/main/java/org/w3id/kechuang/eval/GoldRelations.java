package org.w3id.kechuang.eval;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.kechuang.model.Relation;

/**
 * The relation names of the gold standard, taken from the model: every relation by its property name,
 * positions as {@value #POSITION}, entity classes as {@value #TYPE}. A visit's roles (visitor, site) are
 * scored through {@code visited} and its date, so they have no name of their own.
 */
final class GoldRelations {
    static final String TYPE = "type";
    static final String POSITION = "position";

    private GoldRelations() {}

    /** The model's relations the gold standard scores. */
    static Stream<Relation> scored() {
        return Arrays.stream(Relation.values()).filter(r -> r.shape() != Relation.Shape.ROLE);
    }

    static String nameOf(Relation r) {
        return r == Relation.HOLDS_POSITION ? POSITION : r.property();
    }

    static final Set<String> NAMES = Stream.concat(Stream.of(TYPE, GoldFact.TITLE, GoldFact.ISSUED),
                    scored().map(GoldRelations::nameOf))
            .collect(Collectors.toUnmodifiableSet());

    /** True for a relation whose object is an event, named descriptively (attended, chaired). */
    static boolean isAboutEvent(String name) {
        Relation r = Relation.byProperty(name);
        return r != null && r.isAboutEvent();
    }

    /** True for the relations between entities, as opposed to classes, positions and the article's own title and date. */
    static boolean isBetweenEntities(String name) {
        return !name.equals(TYPE) && !name.equals(POSITION) && !name.equals(GoldFact.TITLE)
                && !name.equals(GoldFact.ISSUED);
    }
}
