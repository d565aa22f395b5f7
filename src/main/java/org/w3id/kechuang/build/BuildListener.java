package org.w3id.kechuang.build;

/** Told about each input as it finishes, for progress display. Called from the building thread only. */
@FunctionalInterface
public interface BuildListener {
    BuildListener NONE = (input, stored) -> { };

    /** The inputs passed their checks and building begins; a build refused before this wrote nothing. */
    default void started() {
    }

    void finished(String input, boolean stored);
}
