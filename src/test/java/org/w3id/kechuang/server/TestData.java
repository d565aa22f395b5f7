package org.w3id.kechuang.server;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Small datasets shaped like the store: one named graph per article. */
final class TestData {
    private TestData() {}

    static final String G1 = "https://w3id.org/kechuang/article/test-1";
    static final String G2 = "https://w3id.org/kechuang/article/test-2";
    /** Triples in G1 and G2; none in the stored default graph. */
    static final int G1_TRIPLES = 3;
    static final int G2_TRIPLES = 2;

    static final String TRIG = """
        PREFIX kc:  <https://w3id.org/kechuang/ontology#>
        PREFIX res: <https://w3id.org/kechuang/resource/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <%s> {
          res:p1 a kc:Person ; rdfs:label "张三"@zh ; kc:visited res:o1 .
        }
        <%s> {
          res:o1 a kc:ResearchInstitute ; rdfs:label "某某研究院"@zh .
        }
        """.formatted(G1, G2);

    /** Fill {@code dsg} (in a write transaction) with the two article graphs. */
    static DatasetGraph twoArticles(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg));
        return dsg;
    }

    /** One named graph of {@code n} triples, for queries that should take long. */
    static DatasetGraph manyTriples(DatasetGraph dsg, int n) {
        Node g = NodeFactory.createURI(G1);
        Node p = NodeFactory.createURI("https://w3id.org/kechuang/ontology#mentions");
        Txn.executeWrite(dsg, () -> {
            for ( int i = 0; i < n; i++ )
                dsg.add(Quad.create(g, NodeFactory.createURI("https://w3id.org/kechuang/resource/s" + i), p,
                                    NodeFactory.createURI("https://w3id.org/kechuang/resource/o" + (i % 97))));
        });
        return dsg;
    }
}
