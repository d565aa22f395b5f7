package org.w3id.kechuang.ontology;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/** The ontology files and the hand-written article graphs the tests read. */
final class Fixtures {
    private Fixtures() {}

    static final Path ONTOLOGY = Path.of("ontology", "kechuang.ttl");
    static final Path QUERIES = Path.of("queries");
    static final Path VALID = Path.of("src", "test", "resources", "ontology", "valid.trig");
    static final Path BROKEN = Path.of("src", "test", "resources", "ontology", "broken.trig");

    static DatasetGraph read(Path trig) {
        return RDFDataMgr.loadDatasetGraph(trig.toString());
    }

    /**
     * An in-memory TDB2 dataset holding the article graphs and the ontology graph, with the union of
     * all graphs as its default graph — what the SPARQL endpoint serves.
     */
    static Dataset endpointLike(Path trig) {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        ds.executeWrite(() -> {
            RDFDataMgr.read(ds, trig.toString());
            RDFDataMgr.read(ds.getNamedModel("https://w3id.org/kechuang/ontology"), ONTOLOGY.toString());
        });
        return ds;
    }
}
