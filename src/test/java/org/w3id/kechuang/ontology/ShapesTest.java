package org.w3id.kechuang.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.Ontology;

/** The shapes validate the union of the article graphs, as {@code kechuang validate} does. */
class ShapesTest {
    private static final String KCSH = KC.SHAPES_NS;
    private static final String RES = KC.RESOURCE_NS;
    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        shapes = Shapes.parse(Ontology.shapes());
    }

    private static ValidationReport validate(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        return ShaclValidator.get().validate(shapes, union);
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream()
                .map(e -> e.source() + " " + e.focusNode() + " " + e.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theHandWrittenSampleConforms() {
        ValidationReport report = validate(Fixtures.read(Fixtures.VALID));
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void theShapesReachEveryKindOfNodeInTheSample() {
        // A shape whose target matches nothing would pass vacuously; check that the sample exercises the
        // hand-written ones (the relation shapes are made from Relation, and relationDomainsAreChecked fires them).
        Shapes handWritten = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        DatasetGraph dsg = Fixtures.read(Fixtures.VALID);
        Graph union = dsg.getUnionGraph();
        Set<String> targeted = handWritten.getTargetShapes().stream()
                .filter(s -> !s.getTargets().stream().allMatch(t -> t.getFocusNodes(union).isEmpty()))
                .map(s -> s.getShapeNode().getURI())
                .collect(Collectors.toSet());
        Set<String> all = handWritten.getTargetShapes().stream().map(s -> s.getShapeNode().getURI())
                .collect(Collectors.toSet());
        assertEquals(all, targeted);
    }

    @Test
    void theBrokenSampleIsReportedPerShapeAndNode() {
        ValidationReport report = validate(Fixtures.read(Fixtures.BROKEN));
        assertFalse(report.conforms());
        Map<String, String> shapeToFocus = report.getEntries().stream().collect(Collectors.toMap(
                e -> e.source().getURI(), e -> e.focusNode().getURI(), (a, b) -> a + " " + b));
        assertEquals(Map.of(
                KCSH + "EntityZhLabel", RES + "org/无名机构",
                KCSH + "SameAsTarget", RES + "org/复旦大学",
                KCSH + "PositionTitle", RES + "position/x1"), shapeToFocus, describe(report));
        for (ReportEntry e : report.getEntries()) {
            assertFalse(e.message().isBlank());
        }
    }

    @Test
    void relationDomainsAreChecked() {
        DatasetGraph dsg = Fixtures.read(Fixtures.VALID);
        Graph g = dsg.getUnionGraph();
        // An organisation that "chaired" a meeting, and a place that "visited" something.
        Node chaired = KC.chaired.asNode();
        Node meeting = g.find(Node.ANY, chaired, Node.ANY).next().getObject();
        Node ministry = NodeFactory.createURI(RES + "org/科技部");
        Node place = NodeFactory.createURI(RES + "place/张江");
        Node graph = NodeFactory.createURI("urn:x-test:g");
        dsg.add(graph, ministry, chaired, meeting);
        dsg.add(graph, place, KC.visited.asNode(), ministry);
        ValidationReport report = validate(dsg);
        Set<String> fired = report.getEntries().stream().map(e -> e.source().getURI()).collect(Collectors.toSet());
        assertEquals(Set.of(KCSH + "ChairedSubjectShape", KCSH + "VisitedSubjectShape"), fired, describe(report));
    }
}
