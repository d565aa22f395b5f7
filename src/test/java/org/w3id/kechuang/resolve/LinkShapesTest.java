package org.w3id.kechuang.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.Ontology;

/** The shapes for links, relation domains and ranges, and dates fire on the nodes that break them, and only there. */
class LinkShapesTest {
    @Test
    void eachBrokenNodeIsReportedByItsShape() {
        Shapes shapes = Shapes.parse(Ontology.shapes());
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph("src/test/resources/resolve/shapes-broken.trig");
        ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
        Map<String, String> found = report.getEntries().stream().collect(Collectors.toMap(
                e -> e.source().getURI().replace(KC.SHAPES_NS, ""),
                e -> e.focusNode().getURI().replace(KC.RESOURCE_NS, ""), (a, b) -> a + " " + b));
        assertEquals(Map.of(
                "PositionDated", "position/p1",
                "EventDatedWhenStated", "event/青岚论坛",
                "FocusesOnObjectShape", "person/王青岚",
                "SupportsSubjectShape", "place/青岚湾",
                "LocatedInObjectShape", "person/王青岚",
                "EntityZhLabel", "org/青岚大学",
                "SameAsTarget", "org/青岚中心"), found, report.getEntries().toString());
    }
}
