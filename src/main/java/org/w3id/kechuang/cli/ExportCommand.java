package org.w3id.kechuang.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.w3id.kechuang.store.Exporter;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        // One element per line, each short enough that picocli does not re-wrap it inside a prefixed name.
        description = {"Writes the graph out.",
                "ttl, nt, jsonld: the union of all graphs as plain RDF 1.1 (articles,",
                "  entities, labels, facts, links, the ontology), without named graphs and",
                "  without the evidence sentences. With --evidence, each fact's evidence is",
                "  kept as RDF 1.1 reification: an rdf:Statement with rdf:subject,",
                "  rdf:predicate, rdf:object, kc:evidence (the sentence) and",
                "  prov:wasDerivedFrom (the article).",
                "trig, nq: every named graph (one per article, the ontology, the reference",
                "  graph), the evidence as stored: RDF 1.2 reifiers (rdf:reifies and a",
                "  triple term). --evidence changes nothing."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "ttl",
            description = "ttl, trig, nt, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--evidence", description = "ttl, nt, jsonld: keep the evidence as RDF 1.1 reification.")
    boolean evidence;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt = Exporter.Format.parse(format);
        try (KgStore kg = store.openExisting()) {
            if (out == null) {
                new Exporter(kg, evidence).write(fmt, System.out);
                System.out.flush();
                return 0;
            }
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            Path parent = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent)) {
                throw new UserError("no such folder for --out: " + parent);
            }
            // A temporary file is private (0600) by default; a dump is for sharing, so it gets the usual rw-r--r--.
            Path tmp = Files.createTempFile(parent, ".export-", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Other file systems keep their defaults.
            }
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                new Exporter(kg, evidence).write(fmt, os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }
}
