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
        description = {"Writes the graph out.",
                "ttl, nt and jsonld: the union of all graphs as plain RDF 1.1.",
                "trig and nq: every named graph, with the evidence reification (RDF 1.2)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "ttl",
            description = "ttl, trig, nt, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Exporter.Format fmt = Exporter.Format.parse(format);
        try (KgStore kg = store.openExisting()) {
            if (out == null) {
                new Exporter(kg).write(fmt, System.out);
                System.out.flush();
                return 0;
            }
            // Written beside the target and moved into place, so a failed export never leaves half a file.
            Path parent = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(parent)) {
                throw new UserError("no such folder for --out: " + parent);
            }
            Path tmp = Files.createTempFile(parent, ".export-", ".tmp");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                new Exporter(kg).write(fmt, os);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw new UserError("cannot write " + out + ": " + e.getMessage());
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
        return 0;
    }
}
