package org.w3id.kechuang.extract;

import java.util.function.Supplier;

/** The project's standard extractor, one per thread. */
public final class Extractors {
    private Extractors() {}

    public static Supplier<Extractor> standard() {
        return HanlpExtractor::new;
    }
}
