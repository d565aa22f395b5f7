package org.w3id.kechuang.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kechuang.build.BuildReport;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads articles, extracts facts and stores one named graph per article.",
                "An article's id is its file's path below the folder given, without extension (a/index); a "
                        + "file given by itself, or directly in the folder, keeps its name (index); a URL gets "
                        + "a hash.",
                "Re-building an article replaces its graph. Inputs that cannot be read are skipped and "
                        + "reported; the exit code is then 1 (everything else is stored).",
                "Two inputs with one id, or an id the store holds from another file or URL, stop the build "
                        + "before it writes anything (exit code 1), unless --replace is given for the latter."})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, folders or http(s) URLs (default: seeds/).")
    List<String> inputs = List.of("seeds/");

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--replace",
            description = "Overwrite articles the store holds from another file or URL with the same id.")
    boolean replace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (KgStore kg = store.open()) {
            BuildReport report = BuildRun.run(kg, inputs, threads, replace, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
            return report.clean() ? 0 : 1;
        }
    }
}
