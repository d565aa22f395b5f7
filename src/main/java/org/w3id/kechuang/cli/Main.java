package org.w3id.kechuang.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kechuang} command: one subcommand per job. */
@Command(name = "kechuang", mixinStandardHelpOptions = true, version = "kechuang 0.1.0",
        description = "Builds a knowledge graph from Chinese S&T news and serves it over SPARQL.",
        subcommands = {ReadCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, EvalCommand.class, LinkCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The command line with the project's error handling: one line per user error, non-zero exit. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new OneLineErrors());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
