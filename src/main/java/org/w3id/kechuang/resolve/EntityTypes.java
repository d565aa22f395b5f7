package org.w3id.kechuang.resolve;

import org.w3id.kechuang.model.EntityType;

/** Entity types by the local name of their ontology class (University), as data files write them. */
final class EntityTypes {
    private EntityTypes() {}

    static EntityType byClassName(String local, String source) {
        EntityType t = EntityType.byClassName(local);
        if (t == null) {
            throw new IllegalStateException(source + ": unknown class " + local);
        }
        return t;
    }
}
