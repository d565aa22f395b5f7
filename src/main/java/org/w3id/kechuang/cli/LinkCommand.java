package org.w3id.kechuang.cli;

import java.util.concurrent.Callable;
import org.w3id.kechuang.resolve.EntityLinker;
import org.w3id.kechuang.link.LinkReport;
import org.w3id.kechuang.link.ReferenceGraph;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links the built store into open data and reports how far it got.",
                "Rebuilds the reference graph <https://w3id.org/kechuang/graph/reference> (the province each "
                        + "linked place lies in, the ROR parent of each linked organisation) and prints the "
                        + "link coverage per class.",
                "With --report, only reads the store: coverage, then every unlinked name that matches several "
                        + "records, with its candidates, for a curator to add to the link table."})
final class LinkCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--report", description = "Read only: print coverage and the ambiguous names with their candidates.")
    boolean report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        try (KgStore kg = store.openExisting()) {
            if (!kg.hasArticles()) {
                throw new UserError("the store " + store.dir + " holds no articles: run `kechuang build` first");
            }
            if (!report) {
                long triples = ReferenceGraph.standard().refresh(kg);
                out.printf("Reference graph rebuilt: %d triples.%n", triples);
            }
            LinkReport r = LinkReport.of(kg, EntityLinker.standard());
            r.printCoverage(out);
            if (report) {
                out.println();
                r.printAmbiguous(out);
            }
            out.flush();
        }
        return 0;
    }
}
