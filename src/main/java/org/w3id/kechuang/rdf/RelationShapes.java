package org.w3id.kechuang.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;

/**
 * The SHACL domain and range shapes of the relations ({@code kcsh:VisitedSubjectShape}…), made from the model's
 * {@link Relation} so that they cannot drift from it. The data types each entity with its most specific class
 * only, so a class stands for itself and its subclasses. A visit's roles are checked by the VisitShape of
 * {@code ontology/shapes.ttl} instead.
 */
public final class RelationShapes {
    private RelationShapes() {}

    public static Graph graph() {
        StringBuilder ttl = new StringBuilder("@prefix sh: <http://www.w3.org/ns/shacl#> .\n")
                .append("@prefix kc: <").append(KC.NS).append("> .\n")
                .append("@prefix kcsh: <").append(KC.SHAPES_NS).append("> .\n");
        for (Relation r : Relation.values()) {
            if (r.shape() != Relation.Shape.ROLE) {
                shape(ttl, r, "Subject", "targetSubjectsOf", r.domain());
                shape(ttl, r, "Object", "targetObjectsOf", r.range());
            }
        }
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toGraph();
    }

    private static void shape(StringBuilder ttl, Relation r, String side, String target, List<String> classes) {
        List<String> allowed = classes.stream().flatMap(c -> withSubclasses(c).stream()).distinct().toList();
        String name = Character.toUpperCase(r.property().charAt(0)) + r.property().substring(1) + side + "Shape";
        ttl.append("kcsh:").append(name).append(" a sh:NodeShape ;\n")
                .append("    sh:").append(target).append(" kc:").append(r.property()).append(" ;\n");
        if (allowed.size() == 1) {
            ttl.append("    sh:class kc:").append(allowed.get(0)).append(" ;\n");
        } else {
            ttl.append("    sh:or ( ").append(allowed.stream().map(c -> "[ sh:class kc:" + c + " ]")
                    .collect(Collectors.joining(" "))).append(" ) ;\n");
        }
        ttl.append("    sh:message \"The ").append(side.toLowerCase()).append(" of kc:").append(r.property())
                .append(" is a ").append(classes.stream().map(c -> "kc:" + c).collect(Collectors.joining(" or ")))
                .append(classes.size() > 1 || !withSubclasses(classes.get(0)).equals(List.of(classes.get(0)))
                        ? " (or a subclass)." : ".")
                .append("\" .\n");
    }

    /** The class and, for Organization and Event, the entity classes beneath it. */
    private static List<String> withSubclasses(String className) {
        List<String> below = Arrays.stream(EntityType.values()).filter(t -> t.isA(className))
                .map(EntityType::className).toList();
        return below.isEmpty() ? List.of(className) : below;
    }
}
