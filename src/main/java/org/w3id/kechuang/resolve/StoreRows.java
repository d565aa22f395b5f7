package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import org.w3id.kechuang.store.StoreException;

/**
 * The rows of a SELECT query on the store's union graph, every value copied out inside the read
 * transaction: TDB2 rows fetch their terms lazily, and a term read after the transaction has ended fails,
 * as does a term still tied to the store's model.
 */
final class StoreRows {
    private StoreRows() {}

    static List<QuerySolution> select(KgStore store, String sparql) throws StoreException {
        Query query = QueryRunner.parse(sparql);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                // The terms go into a plain model: one on the store would read its prefixes later.
                Model plain = ModelFactory.createDefaultModel();
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, plain.asRDFNode(row.get(v).asNode())));
                    rows.add(copy);
                }
                return rows;
            }
        });
    }
}
