package org.w3id.kechuang.build;

import java.net.URI;
import java.nio.file.Path;

/** One thing to read: a file, a URL, or a named input that could not be resolved (with why). */
public sealed interface Input {
    /** How the user would recognise it in a report: the path or URL. */
    String name();

    record FileInput(Path path) implements Input {
        public String name() {
            return path.toString();
        }
    }

    record UrlInput(URI url) implements Input {
        public String name() {
            return url.toString();
        }
    }

    record Unreadable(String name, String reason) implements Input { }
}
