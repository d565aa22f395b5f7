package org.w3id.kechuang.extract;

/** The entity-to-entity relations of the schema. Literal-valued properties live on records instead. */
public enum Relation {
    VISITED, VISITOR, SITE, SUPPORTS, LOCATED_IN, PART_OF, ESTABLISHED_BY, ATTENDED, CHAIRED, FOCUSES_ON
}
