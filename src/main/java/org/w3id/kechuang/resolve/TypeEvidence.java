package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.model.EntityType;

/**
 * The class a ROR record's types point to (education → University, government → GovernmentBody…), read
 * from a data file of ordered rules: ROR type (or *), name ending (or *), class.
 */
final class TypeEvidence {
    static final String RESOURCE = "/kechuang/resolve/ror-types.tsv";

    private record Rule(String rorType, String ending, EntityType type) {}

    private final List<Rule> rules;

    private TypeEvidence(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static TypeEvidence standard() {
        return parse(EntityLinker.lines(RESOURCE), RESOURCE);
    }

    static TypeEvidence parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(source + ": expected ror type, name ending, class in: " + line);
            }
            rules.add(new Rule(f[0].strip(), f[1].strip(), EntityTypes.byClassName(f[2].strip(), source)));
        }
        return new TypeEvidence(rules);
    }

    /** The class the record's types give an organisation of this name, or null when they say nothing. */
    EntityType classOf(List<String> rorTypes, String name) {
        for (Rule r : rules) {
            boolean typeMatches = r.rorType().equals("*") ? !rorTypes.isEmpty() : rorTypes.contains(r.rorType());
            if (typeMatches && (r.ending().equals("*") || name.endsWith(r.ending()))) {
                return r.type();
            }
        }
        return null;
    }

    /** True when the record can be the entity: its types give the entity's class, or the entity is generic. */
    boolean agrees(RorRecord record, EntityType entityType, String name) {
        return entityType == EntityType.ORGANIZATION || classOf(record.types(), name) == entityType;
    }
}
