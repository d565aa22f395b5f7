package org.w3id.kechuang.cli;

import java.io.PrintWriter;
import java.util.List;
import org.w3id.kechuang.build.BuildReport;
import org.w3id.kechuang.build.GraphBuilder;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;

/** A build with progress on standard error and a summary on standard output; used by build and serve. */
final class BuildRun {
    private BuildRun() {}

    static BuildReport run(KgStore store, List<String> inputs, int threads, PrintWriter out, PrintWriter err)
            throws StoreException {
        return run(store, inputs, threads, false, out, err);
    }

    /** With {@code replace}, articles stored from other sources may be overwritten. */
    static BuildReport run(KgStore store, List<String> inputs, int threads, boolean replace, PrintWriter out,
                           PrintWriter err) throws StoreException {
        BuildReport report;
        try (Progress progress = Progress.start()) {
            report = GraphBuilder.create()
                    .store(store)
                    .threads(threads)
                    .replace(replace)
                    .listener(progress)
                    .build()
                    .build(inputs);
        }
        printSummary(report, out);
        for (BuildReport.Skipped s : report.skipped()) {
            err.println("skipped: " + s.reason());
        }
        err.flush();
        return report;
    }

    static void printSummary(BuildReport r, PrintWriter out) {
        out.printf("Read %d article(s), skipped %d, in %.1f s. Store now holds %d triples.%n",
                r.articles(), r.skipped().size(), r.elapsed().toMillis() / 1000.0, r.triples());
        if (!r.relations().isEmpty()) {
            out.println("Relation triples written:");
            new java.util.TreeMap<>(r.relations()).forEach((rel, n) -> out.printf("  %-15s %6d%n", rel, n));
        }
        out.flush();
    }
}
