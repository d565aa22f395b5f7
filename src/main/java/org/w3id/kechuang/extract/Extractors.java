package org.w3id.kechuang.extract;

import java.util.List;
import java.util.function.Supplier;

/** The project's standard extractor. */
public final class Extractors {
    private Extractors() {}

    // TEMPORARY until the HanLP extractor lands: metadata only.
    public static Supplier<Extractor> standard() {
        return () -> a -> new ArticleFacts(a, List.of(), List.of(), List.of());
    }
}
