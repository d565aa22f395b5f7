package org.w3id.kechuang.extract;

/**
 * The classes of the schema an extracted thing can have. {@link #family()} groups the organisation
 * subclasses (and the event subclasses) so that a refined class never changes an entity's IRI.
 */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("org"),
    GOVERNMENT_BODY("org"),
    RESEARCH_INSTITUTE("org"),
    UNIVERSITY("org"),
    INNOVATION_CENTRE("org"),
    ENTERPRISE("org"),
    PLACE("place"),
    FACILITY("facility"),
    PROGRAMME("programme"),
    FIELD("field"),
    EVENT("event"),
    VISIT("event"),
    MEETING("event");

    private final String family;

    EntityType(String family) {
        this.family = family;
    }

    /** The IRI path segment shared by this class and its siblings: person, org, place, event… */
    public String family() {
        return family;
    }

    public boolean isOrganization() {
        return family.equals("org");
    }

    public boolean isEvent() {
        return family.equals("event");
    }
}
