package org.w3id.kechuang;

import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;

/** Runs queries on a store in tests (project prefixes predeclared). */
public final class Sparql {
    private Sparql() {}

    public static List<QuerySolution> select(KgStore store, String query) throws Exception {
        return QueryRunner.select(store, query);
    }
}
