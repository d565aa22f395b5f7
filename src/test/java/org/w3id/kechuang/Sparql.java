package org.w3id.kechuang;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/** Runs SELECT queries on a store in tests (project prefixes predeclared). */
public final class Sparql {
    private Sparql() {}

    public static List<QuerySolution> select(KgStore store, String query) throws Exception {
        var q = QueryRunner.parse(query);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    public static boolean ask(KgStore store, String query) throws Exception {
        var q = QueryRunner.parse(query);
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(q).build()) {
                return qe.execAsk();
            }
        });
    }
}
