package org.w3id.kechuang.resolve;

import org.w3id.kechuang.extract.EntityType;
import org.w3id.kechuang.rdf.KC;

/** Entity types by the local name of their ontology class (University), as data files write them. */
final class EntityTypes {
    private EntityTypes() {}

    static EntityType byClassName(String local, String source) {
        for (EntityType t : EntityType.values()) {
            if (KC.classOf(t).getLocalName().equals(local)) {
                return t;
            }
        }
        throw new IllegalStateException(source + ": unknown class " + local);
    }

    /** The entity type of an ontology class IRI, or null for a class no entity has (Position, Article). */
    static EntityType byClassIri(String iri) {
        for (EntityType t : EntityType.values()) {
            if (KC.classOf(t).getURI().equals(iri)) {
                return t;
            }
        }
        return null;
    }
}
