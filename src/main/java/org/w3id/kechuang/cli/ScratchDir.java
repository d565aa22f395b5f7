package org.w3id.kechuang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary folder for a scratch store, deleted with everything in it when closed. */
final class ScratchDir implements AutoCloseable {
    private final Path path;

    private ScratchDir(Path path) {
        this.path = path;
    }

    static ScratchDir create(String prefix) throws IOException {
        return new ScratchDir(Files.createTempDirectory(prefix));
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(path)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A scratch folder left in the temp directory is harmless.
        }
    }
}
