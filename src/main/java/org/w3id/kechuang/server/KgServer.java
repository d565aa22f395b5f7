package org.w3id.kechuang.server;

import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.kechuang.rdf.KC;

/**
 * The knowledge graph's SPARQL server: an embedded Fuseki with one dataset, {@code /kg},
 * whose default graph is the union of all named graphs.
 * <ul>
 * <li>{@code /kg/sparql}, {@code /kg/query}, {@code /kg?query=}: SPARQL query, with a time limit;</li>
 * <li>{@code /kg/get}: Graph Store Protocol read ({@code ?default} is the union, {@code ?graph=} one graph);</li>
 * <li>{@code GET /kg} (no query string): SPARQL 1.1 service description;</li>
 * <li>{@code /}: the Fuseki web UI, with the example queries among its "Example Queries";
 *     {@code /queries/}: the example queries as JSON (or an HTML page) and as files;</li>
 * <li>only with a password: {@code /kg/update} (SPARQL Update), {@code /kg/data} (Graph Store
 *     read/write, used by the UI's upload and edit pages) and the admin operations
 *     ({@code /$/datasets}, {@code /$/backup}, {@code /$/compact}...), each needing HTTP Basic
 *     user {@code admin} with that password.</li>
 * </ul>
 * <pre>
 * KgServer server = KgServer.create().dataset(dsg).port(0).build();
 * server.start();
 * String url = server.datasetUrl();   // http://127.0.0.1:PORT/kg
 * server.stop();
 * </pre>
 */
public final class KgServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);
    /** Largest request body read (a query, an update, a form); larger ones get 413. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    /** How much of a query result is held back so a time-limit stop can still become a clean 503. */
    static final int RESULT_HOLD_BYTES = 16 * 1024 * 1024;

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;
    private final AdminArea adminArea;
    private boolean started;

    private KgServer(FusekiServer fuseki, String host, int requestedPort, AdminArea adminArea) {
        this.fuseki = fuseki;
        this.host = host;
        this.requestedPort = requestedPort;
        this.adminArea = adminArea;
    }

    public static Builder create() {
        return new Builder();
    }

    /**
     * Start serving; returns once the port is open.
     *
     * @throws ServerException one line, e.g. "port 3030 on 127.0.0.1 is already in use"
     */
    public KgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException ex) {
            releaseAfterFailedStart();
            if ( causedBy(ex, BindException.class) )
                throw new ServerException("port " + requestedPort + " on " + host + " is already in use", ex);
            throw new ServerException("cannot start the server on " + host + ":" + requestedPort + ": "
                + rootMessage(ex), ex);
        }
        started = true;
        return this;
    }

    /** Stop serving and release the port. The dataset is not closed: it belongs to the caller. */
    public void stop() {
        if ( started ) {
            fuseki.stop();
            started = false;
        }
        adminArea.release();
    }

    /** Block until the server stops (e.g. the process is interrupted). */
    public void join() {
        fuseki.join();
    }

    /** The port being listened on: the actual one if the server was built with port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** e.g. {@code http://127.0.0.1:3030/}. */
    public String serverUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        return serverUrl() + DATASET.substring(1);
    }

    private void releaseAfterFailedStart() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception ignored) {
            // Already failing; the start error is the one to report.
        }
        adminArea.release();
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for ( Throwable t = ex; t != null; t = t.getCause() ) {
            if ( type.isInstance(t) )
                return true;
        }
        return false;
    }

    private static String rootMessage(Throwable ex) {
        Throwable t = ex;
        while ( t.getCause() != null )
            t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Options of a {@link KgServer}; {@link #dataset} is required, the rest have defaults. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private String password;
        private String base;
        private List<String> corsOrigins = List.of();
        private Path queriesDir;
        private Path adminArea;
        private List<String> allowedServices = List.of();
        private List<String> allowedLoads = List.of();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int resultHoldBytes = RESULT_HOLD_BYTES;

        private Builder() {}

        /** The store; its named graphs' union is served as the default graph of {@code /kg}. */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** Interface to listen on; default 127.0.0.1 (this machine only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port; default 3030; 0 picks a free port (see {@link KgServer#port()}). */
        public Builder port(int port) {
            if ( port < 0 || port > 65535 )
                throw new ServerException("not a port number: " + port);
            this.port = port;
            return this;
        }

        /** Longest time a query may run before it is cancelled with 503; default 10 s. */
        public Builder queryTimeout(Duration timeout) {
            if ( timeout == null || timeout.isNegative() || timeout.isZero() )
                throw new ServerException("query timeout must be positive: " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * Admin password (HTTP Basic, user "admin"). Null, the default, serves read-only;
         * a password enables SPARQL Update, Graph Store writes and the admin operations for
         * requests that carry it.
         */
        public Builder password(String password) {
            if ( password != null && password.isEmpty() )
                throw new ServerException("the admin password must not be empty");
            this.password = password;
            return this;
        }

        /** Origins (e.g. "https://example.org") allowed to call the server from a browser page; default none. */
        public Builder corsOrigins(List<String> origins) {
            this.corsOrigins = List.copyOf(origins);
            return this;
        }

        /**
         * Remote SPARQL endpoints that queries may call with {@code SERVICE}, compared exactly;
         * default none: federated queries are refused without contacting anything.
         */
        public Builder allowServices(List<String> endpoints) {
            this.allowedServices = List.copyOf(endpoints);
            return this;
        }

        /** URL prefixes that SPARQL Update {@code LOAD} may read; default none ({@code file:} never). */
        public Builder allowLoads(List<String> urlPrefixes) {
            this.allowedLoads = List.copyOf(urlPrefixes);
            return this;
        }

        /** Largest request body accepted, in bytes; default 1 MiB. Larger requests get 413 unread. */
        public Builder maxRequestBytes(long bytes) {
            if ( bytes <= 0 )
                throw new ServerException("the request size limit must be positive: " + bytes);
            this.maxRequestBytes = bytes;
            return this;
        }

        /** How much of a result is held back before it streams (tests use a small one). */
        Builder resultHoldBytes(int bytes) {
            this.resultHoldBytes = bytes;
            return this;
        }

        /** Folder of example {@code .rq} files offered in the UI and at {@code /queries/}; default none. */
        public Builder queriesDir(Path dir) {
            this.queriesDir = dir;
            return this;
        }

        /**
         * Folder for Fuseki's admin work area (backups, configurations of datasets added
         * through the admin API). Default: a temporary folder deleted when the server stops.
         */
        public Builder adminArea(Path dir) {
            this.adminArea = dir;
            return this;
        }

        /**
         * Where {@code https://w3id.org/kechuang/} is served, for the links the Linked Data pages mint
         * (e.g. {@code https://w3id.org/kechuang/} behind a w3id.org redirect); default: this server.
         */
        public Builder base(String base) {
            this.base = base;
            return this;
        }

        public KgServer build() {
            if ( dataset == null )
                throw new ServerException("no dataset given to serve");
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException ex) {
                throw new ServerException("unknown host to listen on: " + host, ex);
            }
            List<ExampleQuery> examples = ExampleQuery.loadAll(queriesDir);
            AdminArea area = AdminArea.of(adminArea);
            FusekiServer fuseki;
            try {
                fuseki = area.around(() -> org.w3id.kechuang.web.LinkedDataPages
                    .register(fusekiBuilder(examples), dataset, base, queryTimeout).build());
            } catch (RuntimeException ex) {
                area.release();
                throw ex;
            }
            // Fuseki's builder only knows "all interfaces" or "localhost"; bind exactly the host asked for.
            for ( Connector c : fuseki.getJettyServer().getConnectors() ) {
                if ( c instanceof ServerConnector connector )
                    connector.setHost(host);
            }
            return new KgServer(fuseki, host, port, area);
        }

        private FusekiServer.Builder fusekiBuilder(List<ExampleQuery> examples) {
            boolean updatable = password != null;
            FusekiServer.Builder fb = FusekiServer.create()
                .port(port)
                .registerOperation(ServiceDescription.OPERATION,
                                   new ServiceDescription(KgService.QUERY_ENDPOINTS, updatable))
                .add(DATASET, KgService.build(dataset, queryTimeout, updatable, new ServicePolicy(allowedServices)))
                // Admin module first: the UI module finds the work area through it.
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                .enablePing(true)
                .enableStats(true);
            // Filters run in the order added: headers and the log see every request; requests are read
            // within the limit before anything parses them; CORS answers pre-flights before the guard.
            fb.addFilter("/*", new SecurityHeaders());
            fb.addFilter("/*", new RequestLog());
            fb.addFilter("/*", new BoundedRequests(maxRequestBytes));
            if ( !corsOrigins.isEmpty() )
                fb.addFilter("/*", new CorsFilter(corsOrigins));
            fb.addFilter("/*", new AdminGuard(password, KgService.readOnlyPostPaths(DATASET), Set.copyOf(corsOrigins)));
            fb.addFilter("/*", new AdminReads(DATASET, KgService.UI_QUERY_ENDPOINTS, KgService.GSP_READ_ENDPOINTS));
            fb.addFilter("/*", new UpdateLoads(DATASET + "/" + KgService.UPDATE, allowedLoads));
            fb.addFilter("/*", new CompleteResults(KgService.readOnlyPostPaths(DATASET), resultHoldBytes));
            fb.addServlet(QueriesServlet.PATH + "/*", new QueriesServlet(examples, DATASET.substring(1)));
            for ( FusekiUi.Patch p : FusekiUi.patches(examples, KC.prefixes().getNsPrefixMap(), !updatable) )
                fb.addServlet(p.path(), new FusekiUi.PatchServlet(p));
            return fb;
        }
    }
}
