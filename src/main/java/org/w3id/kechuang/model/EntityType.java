package org.w3id.kechuang.model;

/**
 * The classes of the schema an extracted thing can have. {@link #family()} groups the organisation
 * subclasses (and the event subclasses) so that a refined class never changes an entity's IRI.
 */
public enum EntityType {
    PERSON("Person", "person"),
    ORGANIZATION("Organization", "org"),
    GOVERNMENT_BODY("GovernmentBody", "org"),
    RESEARCH_INSTITUTE("ResearchInstitute", "org"),
    UNIVERSITY("University", "org"),
    INNOVATION_CENTRE("InnovationCentre", "org"),
    ENTERPRISE("Enterprise", "org"),
    PLACE("Place", "place"),
    FACILITY("Facility", "facility"),
    PROGRAMME("Programme", "programme"),
    FIELD("Field", "field"),
    EVENT("Event", "event"),
    VISIT("Visit", "event"),
    MEETING("Meeting", "event");

    private final String className;
    private final String family;

    EntityType(String className, String family) {
        this.className = className;
        this.family = family;
    }

    /** The local name of its ontology class (GovernmentBody), as the graph and the data files write it. */
    public String className() {
        return className;
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

    /** True when an entity of this type is an instance of the named class (a University is an Organization). */
    public boolean isA(String className) {
        return this.className.equals(className) || className.equals("Organization") && isOrganization()
                || className.equals("Event") && isEvent();
    }

    /** The type whose ontology class has this local name, or null for a class no entity has (Position). */
    public static EntityType byClassName(String className) {
        for (EntityType t : values()) {
            if (t.className.equals(className)) {
                return t;
            }
        }
        return null;
    }
}
