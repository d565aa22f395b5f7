package org.w3id.kechuang.build;

/** Told about each input as it finishes, for progress display. Called from the building thread only. */
@FunctionalInterface
public interface BuildListener {
    BuildListener NONE = (input, stored) -> { };

    void finished(String input, boolean stored);
}
