package org.w3id.kechuang.model;

import java.util.List;

/**
 * The object properties of the schema that link an entity to another node, each with the schema it has
 * in the ontology, so that the graph writer, the evaluation, the build report and the tests take their
 * lists from here. Literal-valued properties (title, date) live on records instead.
 *
 * <p>Domains and ranges are the ontology's class local names as {@code rdfs:domain} / {@code rdfs:range}
 * (or their {@code owl:unionOf}) list them; a superclass stands for its subclasses.
 */
public enum Relation {
    VISITED("visited", List.of("Person"), List.of("Organization", "Place", "Facility", "Event"), Shape.REIFIED),
    VISITOR("visitor", List.of("Visit"), List.of("Person"), Shape.ROLE),
    SITE("site", List.of("Visit"), List.of("Organization", "Place", "Facility", "Event"), Shape.ROLE),
    SUPPORTS("supports", List.of("Organization"),
            List.of("Programme", "Organization", "Place", "Facility", "Event"), Shape.DIRECT),
    LOCATED_IN("locatedIn", List.of("Organization", "Facility", "Event", "Place"), List.of("Place", "Organization"),
            Shape.DIRECT),
    PART_OF("partOf", List.of("Organization", "Facility"), List.of("Organization", "Facility", "Programme"),
            Shape.DIRECT),
    ESTABLISHED_BY("establishedBy", List.of("Organization", "Facility", "Programme"),
            List.of("Organization", "Place"), Shape.DIRECT),
    ATTENDED("attended", List.of("Person", "Organization"), List.of("Event"), Shape.DIRECT),
    CHAIRED("chaired", List.of("Person"), List.of("Event"), Shape.DIRECT),
    FOCUSES_ON("focusesOn", List.of("Organization", "Programme", "Place"), List.of("Field"), Shape.DIRECT),
    /** Its object is a Position node (title, organisation, date), never an entity: no {@link Fact} has it. */
    HOLDS_POSITION("holdsPosition", List.of("Person"), List.of("Position"), Shape.REIFIED);

    /** How a relation stands in the graph. */
    public enum Shape {
        /** One triple between two entities. */
        DIRECT,
        /** Also a node of its own carrying the details: a Visit (visitor, site, date), a Position. */
        REIFIED,
        /** A role of such a node (a Visit's visitor or site), not a statement about two entities. */
        ROLE
    }

    private final String property;
    private final List<String> domain;
    private final List<String> range;
    private final Shape shape;

    Relation(String property, List<String> domain, List<String> range, Shape shape) {
        this.property = property;
        this.domain = domain;
        this.range = range;
        this.shape = shape;
    }

    /** The local name of its property in the ontology's namespace: visited, locatedIn. */
    public String property() {
        return property;
    }

    public List<String> domain() {
        return domain;
    }

    public List<String> range() {
        return range;
    }

    public Shape shape() {
        return shape;
    }

    /** True when its object is an event (attended, chaired): the event's date is the fact's detail. */
    public boolean isAboutEvent() {
        return range.equals(List.of("Event"));
    }

    /** The relation of this property local name, or null. */
    public static Relation byProperty(String property) {
        for (Relation r : values()) {
            if (r.property.equals(property)) {
                return r;
            }
        }
        return null;
    }
}
