package org.w3id.kechuang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kechuang.eval.Evaluation;
import org.w3id.kechuang.eval.GoldStandard;
import org.w3id.kechuang.eval.GraphFacts;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores the graph built from the inputs against a gold standard.",
                "Builds into a scratch store, then prints precision, recall and F1 per relation and overall,",
                "then every missed and every wrong fact."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", required = true, description = "Gold standard (TSV).")
    Path gold;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or URLs (default: seeds/).")
    List<String> inputs = List.of("seeds/");

    @Option(names = "--quiet", description = "Print the table only, not the missed and wrong facts.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            throw new UserError("no such gold file: " + gold);
        }
        var facts = GoldStandard.read(gold);
        try (ScratchDir scratch = ScratchDir.create("kechuang-eval");
             KgStore store = KgStore.open(scratch.resolve("store"))) {
            var report = BuildRun.run(store, inputs, Runtime.getRuntime().availableProcessors(),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), spec.commandLine().getErr());
            Evaluation ev = Evaluation.of(facts, GraphFacts.read(store));
            spec.commandLine().getOut().printf("%d article(s) built in %.1f s; %d gold facts.%n%n",
                    report.articles(), report.elapsed().toMillis() / 1000.0, facts.size());
            ev.print(spec.commandLine().getOut(), !quiet);
            return report.clean() ? 0 : 1;
        }
    }
}
