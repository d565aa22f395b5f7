package org.w3id.kechuang.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query on the store (the union of all graphs).",
                "Prefixes kc:, kcr:, art:, rdfs:, skos:, dct:, prov:, owl:, xsd: … are predeclared."})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "QUERY", description = "A SPARQL query string, or a .rq file.")
    String query;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv, tsv or json (CONSTRUCT/DESCRIBE: Turtle, or JSON-LD with json).")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit in seconds (default: ${DEFAULT-VALUE}).")
    double timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown format '" + format + "': use table, csv, tsv or json");
        }
        var parsed = QueryRunner.parse(queryText());
        try (KgStore kg = store.openExisting()) {
            var buffer = new java.io.ByteArrayOutputStream();
            new QueryRunner(kg, Duration.ofMillis((long) (timeout * 1000))).run(parsed, fmt, buffer);
            var out = spec.commandLine().getOut();
            out.print(buffer.toString(StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }

    private String queryText() throws UserError {
        boolean looksLikeFile = query.endsWith(".rq") || query.endsWith(".sparql");
        Path p = Path.of(looksLikeFile ? query : ".");
        if (looksLikeFile) {
            if (!Files.isRegularFile(p)) {
                throw new UserError("no such query file: " + query);
            }
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot read query file " + query + ": " + e.getMessage());
            }
        }
        return query;
    }
}
