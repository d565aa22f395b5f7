package org.w3id.kechuang.cli;

import picocli.CommandLine;

/**
 * Prints a failure as one line on standard error ("kechuang build: no such file: x") and returns a
 * non-zero exit code. Errors a user can cause carry their own message; anything else is a bug, shown
 * with its type so it can be reported.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println(cl.getCommandName().equals("kechuang") ? "kechuang: " + message(e)
                : "kechuang " + cl.getCommandName() + ": " + message(e));
        cl.getErr().flush();
        return e instanceof UserError u ? u.exitCode() : 1;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        } else if (!(e instanceof UserError) && !isOurs(e)) {
            m = e.getClass().getSimpleName() + ": " + m;
        }
        return m.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(m);
    }

    private static boolean isOurs(Throwable e) {
        return e.getClass().getName().startsWith("org.w3id.kechuang");
    }
}
