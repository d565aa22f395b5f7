package org.w3id.kechuang.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.kechuang.read.ArticleReaders;

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
            return files.map(p -> new Input.FileInput(p, idBelow(path, p)));
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new Input.Unreadable(arg, "cannot list folder: " + e.getMessage()));
        }
    }

    /**
     * A file's id inside a folder the user gave: its path below that folder, '/'-separated on every
     * system, without extension. Files directly in the folder keep their stem, so a flat folder's ids
     * do not depend on where it is; nested ones keep their folders, so a/index and b/index stay apart.
     */
    static String idBelow(Path root, Path file) {
        Path relative = root.relativize(file);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            id.append(relative.getName(i)).append('/');
        }
        return id.append(ArticleReaders.idOf(relative)).toString();
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
