package org.w3id.kechuang.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.w3id.kechuang.store.UnionDefaultGraph;

/** The endpoints of the {@code /kg} dataset, and which of them only read when POSTed to. */
final class KgService {
    private KgService() {}

    /** Named SPARQL query endpoints under the dataset URL. */
    static final List<String> QUERY_ENDPOINTS = List.of("sparql", "query");
    static final String GSP_READ = "get";
    static final String UPDATE = "update";
    static final String GSP_READ_WRITE = "data";
    /** The query endpoint names in the order listed to the UI, which uses the first. */
    static final List<String> UI_QUERY_ENDPOINTS = List.of("sparql", "query", "");
    static final List<String> GSP_READ_ENDPOINTS = List.of(GSP_READ, "");

    /**
     * The data service for {@code dataset}: query, Graph Store read and service description,
     * plus, if {@code updatable}, SPARQL Update and Graph Store write — as named endpoints only,
     * so {@link AdminGuard} can require the password by path.
     */
    static DataService build(DatasetGraph dataset, Duration queryTimeout, boolean updatable,
                             ServicePolicy servicePolicy) {
        Context cxt = new Context();
        servicePolicy.install(cxt);
        // Fuseki reads the limit from the endpoint context (milliseconds); a client's
        // ?timeout= may shorten it, never lengthen it.
        cxt.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        // A TDB2 store evaluates SPARQL itself; this makes its default graph the union (see UnionDefaultGraph).
        cxt.set(TDB2.symUnionDefaultGraph, true);

        List<Endpoint> endpoints = new ArrayList<>();
        // Named endpoints first: the Fuseki UI sends its queries to the first one listed for the
        // operation, and "/kg/sparql" is clearer (and guarded by path) where "/kg/" is not.
        // One operation per named endpoint: Fuseki's statistics (used by the UI) key on the name.
        QUERY_ENDPOINTS.forEach(name -> endpoints.add(endpoint(Operation.Query, name, cxt)));
        endpoints.add(endpoint(Operation.GSP_R, GSP_READ, cxt));
        endpoints.add(endpoint(Operation.Query, "", cxt));
        endpoints.add(endpoint(Operation.GSP_R, "", cxt));
        endpoints.add(endpoint(ServiceDescription.OPERATION, "", cxt));
        if ( updatable ) {
            endpoints.add(endpoint(Operation.Update, UPDATE, cxt));
            endpoints.add(endpoint(Operation.GSP_RW, GSP_READ_WRITE, cxt));
        }
        DataService.Builder ds = DataService.newBuilder(UnionDefaultGraph.over(dataset))
            .setPlainOperationChooser(ServiceDescription.CHOOSER);
        endpoints.forEach(ds::addEndpoint);
        return ds.build();
    }

    /** Paths where POST runs a query and changes nothing: the dataset URL and the query endpoints. */
    static Set<String> readOnlyPostPaths(String datasetPath) {
        List<String> paths = new ArrayList<>();
        paths.add(datasetPath);
        // Fuseki dispatches "/kg/" as "/kg" (the unnamed endpoint): a query there is a query.
        paths.add(datasetPath + "/");
        QUERY_ENDPOINTS.forEach(name -> paths.add(datasetPath + "/" + name));
        return Set.copyOf(paths);
    }

    private static Endpoint endpoint(Operation op, String name, Context cxt) {
        return Endpoint.create().operation(op).endpointName(name).context(cxt).build();
    }
}
