package org.w3id.kechuang.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.kechuang.build.BuildReport;
import org.w3id.kechuang.build.GraphBuilder;
import org.w3id.kechuang.build.Input;
import org.w3id.kechuang.build.Inputs;
import org.w3id.kechuang.extract.Extractors;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a full build: the inputs copied N times under new names into a scratch folder,",
                "built into a scratch store. Prints HanLP alone on the same sentences (the reference), the build,",
                "their ratio, articles/s, characters/s, triples, peak heap and peak resident memory, so runs with",
                "different N show whether memory grows with the number of inputs."})
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders (default: seeds/).")
    List<String> inputs = List.of("seeds/");

    @Option(names = "--copies", paramLabel = "N", defaultValue = "20", description = "Copies of each input (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (copies < 1) {
            throw new UserError("--copies must be at least 1");
        }
        try (ScratchDir scratch = ScratchDir.create("kechuang-bench")) {
            List<Path> copied = copyInputs(scratch.resolve("in"));
            long chars = characters(copied);
            var out = spec.commandLine().getOut();
            // Warm-up outside the measurement: HanLP's dictionaries load once per JVM (~1 s).
            Extractors.standard().get();
            double hanlp = SegmentationBaseline.seconds(SegmentationBaseline.sentences(copied), threads);
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            BuildReport r;
            try (KgStore store = KgStore.open(scratch.resolve("store"))) {
                r = GraphBuilder.create().store(store).threads(threads).build()
                        .build(List.of(scratch.resolve("in").toString()));
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double s = r.elapsed().toNanos() / 1e9;
            out.printf("inputs %d (%d copies), threads %d, skipped %d%n", r.articles() + r.skipped().size(), copies,
                    threads, r.skipped().size());
            out.printf("hanlp     %.2f s   segmenting the same sentences alone (same threads)%n", hanlp);
            out.printf("build     %.2f s   %.1f articles/s   %.0f k chars/s%n", s, r.articles() / s, chars / s / 1000);
            out.printf("ratio     %.2f     HanLP alone / build (1.0: the build costs no more than segmenting)%n", hanlp / s);
            out.printf("triples   %d in the store (%.0f /s)%n", r.triples(), r.triples() / s);
            out.printf("heap      peak %d MB, live after the build %d MB (max %d MB)%n", peak >> 20, live >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            out.printf("rss       peak %s (includes the store's memory-mapped files)%n", peakRss());
            out.flush();
            return r.clean() ? 0 : 1;
        }
    }

    /** Peak resident memory of this process, from Linux's /proc; "n/a" elsewhere. */
    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> (Long.parseLong(l.replaceAll("\\D", "")) >> 10) + " MB").findFirst().orElse("n/a");
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Characters in the files (bytes / 3 for CJK UTF-8). */
    private static long characters(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes / 3;
    }

    /** Copies every input file {@code copies} times; returns the copies. */
    private List<Path> copyInputs(Path dir) throws IOException, UserError {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (Input in : Inputs.expand(inputs).toList()) {
            if (!(in instanceof Input.FileInput f)) {
                throw new UserError("bench reads local files only: " + in.name());
            }
            files.add(f.path());
        }
        List<Path> copied = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (Path f : files) {
                Path copy = dir.resolve(c + "-" + f.getFileName());
                Files.copy(f, copy);
                copied.add(copy);
            }
        }
        return copied;
    }
}
