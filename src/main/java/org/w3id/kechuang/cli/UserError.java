package org.w3id.kechuang.cli;

/** A failure the user caused and can fix; its message is the one line shown. */
final class UserError extends Exception {
    private final int exitCode;

    UserError(String message) {
        this(message, 1);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
