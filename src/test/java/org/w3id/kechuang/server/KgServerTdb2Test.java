package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.kechuang.server.Http.enc;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real TDB2 store on disk, as `kechuang serve` runs it. */
class KgServerTdb2Test {

    @TempDir
    Path storeDir;

    @Test
    void servesTheUnionOfATdb2Store() {
        DatasetGraph store = TestData.twoArticles(DatabaseMgr.connectDatasetGraph(storeDir.toString()));
        KgServer server = KgServer.create().dataset(store).port(0).build().start();
        try {
            String kg = server.datasetUrl();
            assertEquals(TestData.G1_TRIPLES + TestData.G2_TRIPLES, Http.countAll(kg + "/sparql"));
            assertEquals(TestData.G2_TRIPLES, Http.count(kg + "/query",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + TestData.G2 + "> { ?s ?p ?o } }"));
            // Two graphs' triples, joined across graphs through the union default graph.
            HttpResponse<String> join = Http.query(kg + "/sparql", """
                PREFIX kc: <https://w3id.org/kechuang/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?name WHERE { ?p kc:visited ?o . ?o rdfs:label ?name }""");
            assertTrue(join.body().contains("某某研究院"), join.body());

            assertEquals(5, graph(kg + "/get?default").size());
            assertEquals(TestData.G1_TRIPLES, graph(kg + "/get?graph=" + enc(TestData.G1)).size());
        } finally {
            server.stop();
        }
        // Stopping the server leaves the store open and intact for its owner.
        assertEquals(2, org.apache.jena.system.Txn.calculateRead(store, () -> {
            int n = 0;
            for ( var it = store.listGraphNodes(); it.hasNext(); it.next() )
                n++;
            return n;
        }));
    }

    private static Graph graph(String url) {
        HttpResponse<String> r = Http.get(url, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }
}
