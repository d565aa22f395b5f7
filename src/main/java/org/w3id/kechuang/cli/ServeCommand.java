package org.w3id.kechuang.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kechuang.server.KgServer;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over SPARQL with the Fuseki web UI (read-only by default).",
                "If the store holds no articles yet, builds it from seeds/ first.",
                "Endpoints: /kg/sparql and /kg/query (SPARQL), /kg/get (Graph Store read), / (UI)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit per query in seconds (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--update-password-file", paramLabel = "FILE",
            description = {"Allow SPARQL Update, graph uploads and the UI's admin operations, for HTTP Basic "
                    + "user 'admin' with the password in this file (its first line). Without it, or the "
                    + "environment variable KECHUANG_UPDATE_PASSWORD, the server is read-only.",
                    "Not on the command line: every user of the machine sees that in `ps`."})
    Path passwordFile;

    /** Kept only to say why it is gone: a password argument is visible to every user in `ps`. */
    @Option(names = "--update-password", hidden = true, paramLabel = "PASSWORD")
    String passwordArgument;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = {"A remote SPARQL endpoint that queries may call with SERVICE (repeatable), e.g. "
                    + "https://query.wikidata.org/sparql. None by default: federated queries are refused."})
    List<String> allowedServices = List.of();

    @Option(names = "--allow-load", paramLabel = "URL-PREFIX",
            description = "A URL prefix that SPARQL Update LOAD may read (repeatable; needs the password). "
                    + "None by default; file: URLs never.")
    List<String> allowedLoads = List.of();

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger requests get 413.")
    long maxRequestBytes;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin allowed to call the endpoint from a browser (repeatable). None by default.")
    List<String> corsOrigins = List.of();

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Example queries offered in the UI (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--base", paramLabel = "URL",
            description = {"Where https://w3id.org/kechuang/ is served, for the links the Linked Data pages mint "
                    + "(e.g. https://w3id.org/kechuang/ behind a w3id.org redirect). Default: this server."})
    String linkBase;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The server's admin folder (backups, admin state), inside the store folder. */
    static final String ADMIN_AREA = "fuseki";

    /** The password from the file or the environment, or null for a read-only server. */
    private String password() throws UserError {
        if (passwordArgument != null) {
            throw new UserError("--update-password is not accepted: a password on the command line is visible to "
                    + "every user in `ps`; use --update-password-file FILE or KECHUANG_UPDATE_PASSWORD");
        }
        String pw = System.getenv("KECHUANG_UPDATE_PASSWORD");
        if (passwordFile != null) {
            try {
                List<String> lines = java.nio.file.Files.readAllLines(passwordFile);
                pw = lines.isEmpty() ? "" : lines.get(0).strip();
            } catch (java.io.IOException e) {
                throw new UserError("cannot read the password file " + passwordFile + ": " + e.getMessage());
            }
            if (pw.isEmpty()) {
                throw new UserError("the password file " + passwordFile + " is empty");
            }
        }
        return pw == null || pw.isEmpty() ? null : pw;
    }

    private void checkPortFree() throws UserError {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new UserError("port " + port + " on " + host + " is already in use (or not available): "
                    + "stop what uses it, or choose another with --port");
        }
    }

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        String pw = password();
        // Before any build: a busy port should not cost a build first and fail after.
        checkPortFree();
        KgStore kg = store.open();
        try {
            if (!kg.hasArticles()) {
                if (!java.nio.file.Files.isDirectory(Path.of("seeds"))) {
                    throw new UserError("the store " + store.dir + " is empty and there is no seeds/ folder here to "
                            + "build it from: run from the repository, or `kechuang build INPUT…` first");
                }
                out.println("The store " + store.dir + " is empty: building it from seeds/ first.");
                BuildRun.run(kg, List.of("seeds/"), Runtime.getRuntime().availableProcessors(), out,
                        spec.commandLine().getErr());
            }
            KgServer server = KgServer.create()
                    .dataset(kg.dataset())
                    .host(host)
                    .base(linkBase)
                    .port(port)
                    .queryTimeout(Duration.ofMillis((long) (timeout * 1000)))
                    .password(pw)
                    .corsOrigins(corsOrigins)
                    .allowServices(allowedServices)
                    .allowLoads(allowedLoads)
                    .maxRequestBytes(maxRequestBytes)
                    .queriesDir(java.nio.file.Files.isDirectory(queries) ? queries : null)
                    // Inside the store folder: backups and admin state belong to this store, not to siblings.
                    .adminArea(store.dir.resolve(ADMIN_AREA))
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                kg.close();
            }));
            String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
            out.println("Serving " + kg.unionTripleCount() + " triples (" + (pw == null ? "read-only" : "updates need the password") + ").");
            out.println("  SPARQL:  " + base + "/kg/sparql");
            out.println("  Web UI:  " + base + "/");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            server.join();
            return 0;
        } catch (Exception | Error e) {
            kg.close();
            throw e;
        }
    }
}
