package org.w3id.kechuang.reference;

import org.w3id.kechuang.model.EntityType;

/** Entity types by the local name of their ontology class (University), as every data file writes them. */
public final class EntityTypes {
    private EntityTypes() {}

    /** The type of this class name; a name the schema lacks is an error in the data file {@code source}. */
    public static EntityType byClassName(String local, String source) {
        EntityType t = EntityType.byClassName(local);
        if (t == null) {
            throw new IllegalStateException(source + ": unknown class " + local);
        }
        return t;
    }
}
