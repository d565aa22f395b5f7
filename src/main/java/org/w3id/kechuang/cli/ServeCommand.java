package org.w3id.kechuang.cli;

/** Placeholder until the server lands. */
final class ServeCommand {
    static boolean isServing() {
        return false;
    }
}
