package org.w3id.kechuang.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line arguments (files, folders, URLs) into a lazy stream of inputs. */
public final class Inputs {
    private Inputs() {}

    public static Stream<Input> expand(List<String> args) {
        return args.stream().flatMap(Inputs::expand);
    }

    private static Stream<Input> expand(String arg) {
        if (arg.matches("(?i)https?://.+")) {
            try {
                return Stream.of(new Input.UrlInput(URI.create(arg)));
            } catch (IllegalArgumentException e) {
                return Stream.of(new Input.Unreadable(arg, "malformed URL"));
            }
        }
        Path path = Path.of(arg);
        if (!Files.exists(path)) {
            return Stream.of(new Input.Unreadable(arg, "no such file or directory"));
        }
        if (!Files.isDirectory(path)) {
            return Stream.of(new Input.FileInput(path));
        }
        try {
            // Sorted so that the same folder always builds in the same order; hidden files are skipped.
            Stream<Path> files = Files.walk(path)
                    .filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString));
            return files.map(Input.FileInput::new);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new Input.Unreadable(arg, "cannot list folder: " + e.getMessage()));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
