package org.w3id.kechuang.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.kechuang.extract.Extractor;
import org.w3id.kechuang.extract.Extractors;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.rdf.ArticleGraphWriter;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.Ontology;
import org.w3id.kechuang.link.ReferenceGraph;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;

/**
 * Reads, extracts and stores articles. Extraction runs on a pool of threads, each with its own
 * {@link Extractor} (HanLP segments are not thread-safe). Inputs are read through a bounded window, so
 * memory does not grow with their number (only their names are listed first, for {@link ArticleIds}),
 * and finished graphs are committed many per transaction by a {@link StoreWriter} on its own thread, so
 * extraction goes on while a commit runs. An input that
 * fails to read or extract is skipped and reported; clashing article ids stop the build before it writes.
 */
public final class GraphBuilder {
    private final KgStore store;
    private final Supplier<Extractor> extractors;
    private final ArticleGraphWriter writer;
    private final int threads;
    private final int batchSize;
    private final BuildListener listener;
    private final boolean replace;

    private GraphBuilder(Builder b) {
        this.store = Objects.requireNonNull(b.store, "store");
        this.extractors = Objects.requireNonNull(b.extractors, "extractor");
        this.writer = b.writer;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.listener = b.listener;
        this.replace = b.replace;
    }

    public static Builder create() {
        return new Builder();
    }

    public BuildReport build(List<String> inputs) throws StoreException {
        return build(Inputs.expand(inputs));
    }

    /**
     * Builds the inputs' article graphs, with what every store holds besides: the ontology's graph first,
     * and after the articles the reference graph for the entities they link.
     */
    public BuildReport build(Stream<Input> inputs) throws StoreException {
        long start = System.nanoTime();
        // Only the inputs' names are held, not their text; checked before the first write.
        List<Input> checked = ArticleIds.check(inputs.toList(), store, replace);
        listener.started();
        boolean firstBuild = !store.hasArticles();
        store.replaceGraphs(Map.of(KC.ONTOLOGY, Ontology.ontology()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kechuang-extract");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Extractor> extractor = ThreadLocal.withInitial(extractors);
        ArticleTask task = new ArticleTask(extractor, writer);
        CompletionService<ArticleResult> done = new ExecutorCompletionService<>(pool);
        StoreWriter storeWriter = new StoreWriter(store, batchSize, threads * 4);
        Batch batch = new Batch(storeWriter);
        int window = threads * 4;
        int inFlight = 0;
        try {
            for (var it = checked.iterator(); it.hasNext(); ) {
                Input input = it.next();
                done.submit(() -> task.run(input));
                inFlight++;
                if (inFlight >= window) {
                    batch.accept(take(done));
                    inFlight--;
                }
            }
            while (inFlight > 0) {
                batch.accept(take(done));
                inFlight--;
            }
            storeWriter.finish();
        } finally {
            pool.shutdownNow();
            storeWriter.abandon();
        }
        // A first build makes the reference graph whole; later ones add what their articles give.
        if (firstBuild) {
            ReferenceGraph.standard().refresh(store);
        } else {
            ReferenceGraph.standard().update(store, batch.stored);
        }
        return new BuildReport(batch.articles, batch.skipped, batch.relations, store.unionTripleCount(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static ArticleResult take(CompletionService<ArticleResult> done) throws StoreException {
        try {
            Future<ArticleResult> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("build interrupted; the store keeps what was committed before");
        } catch (ExecutionException e) {
            // ArticleTask turns every failure into a skipped result; this is a bug, not bad input.
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Hands stored graphs to the writer and keeps the running totals. */
    private final class Batch {
        final StoreWriter storeWriter;
        final List<BuildReport.Skipped> skipped = new ArrayList<>();
        final Map<String, Long> relations = new TreeMap<>();
        final List<String> stored = new ArrayList<>();
        int articles;

        Batch(StoreWriter storeWriter) {
            this.storeWriter = storeWriter;
        }

        void accept(ArticleResult r) throws StoreException {
            if (r instanceof ArticleResult.Skipped s) {
                skipped.add(new BuildReport.Skipped(s.input(), s.reason()));
                listener.finished(s.input(), false);
                return;
            }
            ArticleResult.Stored s = (ArticleResult.Stored) r;
            articles++;
            stored.add(s.graphIri());
            countRelations(s.graph());
            storeWriter.submit(s.graphIri(), s.graph());
            listener.finished(s.input(), true);
        }

        void countRelations(Graph g) {
            g.find().forEach(t -> {
                Node p = t.getPredicate();
                if (RELATIONS.contains(p.getURI())) {
                    relations.merge(p.getLocalName(), 1L, Long::sum);
                }
            });
        }
    }

    /** The properties counted in the report: every relation of the schema. */
    private static final Set<String> RELATIONS = Arrays.stream(Relation.values())
            .map(r -> KC.prop(r.property()).getURI())
            .collect(Collectors.toUnmodifiableSet());

    public static final class Builder {
        private KgStore store;
        private Supplier<Extractor> extractors = Extractors.standard();
        private ArticleGraphWriter writer = new ArticleGraphWriter();
        private int threads = Runtime.getRuntime().availableProcessors();
        private int batchSize = 64;
        private BuildListener listener = BuildListener.NONE;
        private boolean replace;

        public Builder store(KgStore store) {
            this.store = store;
            return this;
        }

        /** Makes one extractor per worker thread (default: the standard HanLP extractor). */
        public Builder extractor(Supplier<Extractor> extractors) {
            this.extractors = extractors;
            return this;
        }

        public Builder writer(ArticleGraphWriter writer) {
            this.writer = writer;
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        /** Articles per transaction. */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1");
            }
            this.batchSize = batchSize;
            return this;
        }

        public Builder listener(BuildListener listener) {
            this.listener = listener;
            return this;
        }

        /** Lets an article stored from another source be overwritten (default: that is an error). */
        public Builder replace(boolean replace) {
            this.replace = replace;
            return this;
        }

        public GraphBuilder build() {
            return new GraphBuilder(this);
        }
    }
}
