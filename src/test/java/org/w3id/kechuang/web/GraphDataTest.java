package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The graph view's data: the entity's neighbourhood as Cytoscape.js elements. */
class GraphDataTest {
    static final ServedSeeds served = ServedSeeds.shared();

    static JsonNode graph(String iri) throws Exception {
        var r = ServedSeeds.get(served.url("/graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void neighboursAndTheirsWithClassesAndLinks() throws Exception {
        JsonNode elements = graph(ServedSeeds.W3ID + "resource/person/李强");
        Map<String, JsonNode> nodes = new HashMap<>();
        Set<String> edgeEnds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for ( JsonNode e : elements ) {
            JsonNode d = e.get("data");
            if ( d.has("source") ) {
                edgeEnds.add(d.get("source").asText());
                edgeEnds.add(d.get("target").asText());
            } else {
                ids.add(d.get("id").asText());
                nodes.put(d.get("label").asText(), d);
            }
        }
        assertEquals(0, nodes.get("李强").get("hop").asInt());
        JsonNode institute = nodes.get("李政道研究所");
        assertEquals(1, institute.get("hop").asInt(), "visited: a neighbour");
        assertEquals("ResearchInstitute", institute.get("cls").asText());
        assertEquals("/resource/org/李政道研究所", institute.get("href").asText());
        // 上海交通大学 is not linked to 李强 directly, only through 李政道研究所 (part of it).
        assertEquals(2, nodes.get("上海交通大学").get("hop").asInt());
        assertTrue(ids.size() <= GraphServlet.MAX_NODES);
        assertTrue(ids.containsAll(edgeEnds), "every edge joins two drawn nodes");
        assertTrue(nodes.values().stream().map(n -> n.get("colour").asText()).distinct().count() > 3, "coloured by class");
    }

    @Test
    void onlyTheGraphsOwnIrisAreDrawn() {
        var r = ServedSeeds.get(served.url("/graph?iri=" + URLEncoder.encode("http://example.org/x", StandardCharsets.UTF_8)), null);
        assertEquals(400, r.statusCode());
    }
}
