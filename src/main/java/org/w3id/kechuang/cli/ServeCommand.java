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

    @Option(names = "--update-password", paramLabel = "PASSWORD",
            description = {"Allow SPARQL Update, graph uploads and the UI's admin operations, for HTTP Basic "
                    + "user 'admin' with this password. Without it the server is read-only.",
                    "Also read from the environment variable KECHUANG_UPDATE_PASSWORD."})
    String password;

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

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        String pw = password != null ? password : System.getenv("KECHUANG_UPDATE_PASSWORD");
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
                    .password(pw == null || pw.isEmpty() ? null : pw)
                    .corsOrigins(corsOrigins)
                    .queriesDir(java.nio.file.Files.isDirectory(queries) ? queries : null)
                    .adminArea(store.dir.resolveSibling("fuseki"))
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
