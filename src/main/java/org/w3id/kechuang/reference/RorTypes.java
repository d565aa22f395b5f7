package org.w3id.kechuang.reference;

import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.model.EntityType;

/**
 * The class a ROR record's types point to (education → University, government → GovernmentBody…), read
 * from a data file of ordered rules: ROR type (or *), name ending (or *), class.
 */
public final class RorTypes {
    private record Rule(String rorType, String ending, EntityType type) {}

    private final List<Rule> rules;

    private RorTypes(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RorTypes parse(List<String> lines, String source) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(source + ": expected ror type, name ending, class in: " + line);
            }
            rules.add(new Rule(f[0].strip(), f[1].strip(), EntityTypes.byClassName(f[2].strip(), source)));
        }
        return new RorTypes(rules);
    }

    /** The class the record's types give an organisation of this name, or null when they say nothing. */
    public EntityType classOf(List<String> rorTypes, String name) {
        for (Rule r : rules) {
            boolean typeMatches = r.rorType().equals("*") ? !rorTypes.isEmpty() : rorTypes.contains(r.rorType());
            if (typeMatches && (r.ending().equals("*") || name.endsWith(r.ending()))) {
                return r.type();
            }
        }
        return null;
    }

    /** True when a record of these types can be the entity: they give its class, or the entity is generic. */
    public boolean agrees(List<String> rorTypes, EntityType entityType, String name) {
        return entityType == EntityType.ORGANIZATION || classOf(rorTypes, name) == entityType;
    }
}
