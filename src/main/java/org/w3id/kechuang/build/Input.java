package org.w3id.kechuang.build;

import java.net.URI;
import java.nio.file.Path;
import org.w3id.kechuang.read.ArticleReaders;

/** One thing to read: a file, a URL, or a named input that could not be resolved (with why). */
public sealed interface Input {
    /** How the user would recognise it in a report: the path or URL as given. */
    String name();

    /** An input that names an article: its id (the article IRI's last part) and the source it is read from. */
    sealed interface Readable extends Input {
        String id();

        /**
         * What tells two inputs apart across builds: the file's path from the working folder (absolute
         * only when it lies outside, so a published graph shows no home folders), or the URL.
         */
        String source();
    }

    /** A file; {@code id} is its path below the folder the user gave, without extension ({@link Inputs}). */
    record FileInput(Path path, String id) implements Readable {
        /** A file given by itself: its id is the file name without extension. */
        public FileInput(Path path) {
            this(path, ArticleReaders.idOf(path));
        }

        public String name() {
            return path.toString();
        }

        public String source() {
            Path absolute = path.toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath();
            return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
        }
    }

    record UrlInput(URI url) implements Readable {
        public String name() {
            return url.toString();
        }

        public String id() {
            return ArticleReaders.idOf(url);
        }

        public String source() {
            return url.toString();
        }
    }

    record Unreadable(String name, String reason) implements Input { }
}
