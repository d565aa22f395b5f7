package org.w3id.kechuang.build;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.jena.graph.Graph;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;

/**
 * Commits article graphs on a thread of its own, many per transaction, so that extraction goes on while
 * a commit runs (a TDB2 commit costs ~100 ms; on the thread that hands out work it stalled every worker).
 * The queue is bounded: when the store falls behind, {@link #submit} waits, and memory stays flat.
 */
final class StoreWriter {
    /** Marks the end of the input. */
    private static final Map.Entry<String, Graph> END = Map.entry("", org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
    private static final long MAX_PENDING_TRIPLES = 100_000;

    private final KgStore store;
    private final int batchSize;
    private final BlockingQueue<Map.Entry<String, Graph>> queue;
    private final Thread thread;
    private volatile StoreException failure;

    StoreWriter(KgStore store, int batchSize, int capacity) {
        this.store = store;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "kechuang-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues one article graph; waits while the queue is full. Fails if an earlier commit failed. */
    void submit(String graphIri, Graph graph) throws StoreException {
        checkFailure();
        put(Map.entry(graphIri, graph));
    }

    /** Commits what is queued and waits for the writer; the store then holds every submitted graph. */
    void finish() throws StoreException {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
        checkFailure();
    }

    /**
     * On a failed build: lets the writer end after the commit it may be in, without waiting for it and
     * without interrupting it (an interrupt inside a TDB2 write would close the store's files).
     */
    void abandon() {
        if (thread.isAlive()) {
            queue.clear();
            queue.offer(END);
        }
    }

    private void put(Map.Entry<String, Graph> item) throws StoreException {
        try {
            while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted();
        }
    }

    private void checkFailure() throws StoreException {
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        Map<String, Graph> pending = new LinkedHashMap<>();
        long pendingTriples = 0;
        try {
            while (true) {
                Map.Entry<String, Graph> item = queue.take();
                if (item == END) {
                    commit(pending);
                    return;
                }
                pending.put(item.getKey(), item.getValue());
                pendingTriples += item.getValue().size();
                // Commit what has arrived when the queue runs dry too: a commit then costs the workers nothing.
                if (pending.size() >= batchSize || pendingTriples >= MAX_PENDING_TRIPLES) {
                    commit(pending);
                    pendingTriples = 0;
                }
            }
        } catch (StoreException e) {
            failure = e;
            queue.clear();
        } catch (InterruptedException e) {
            failure = interrupted();
        }
    }

    private void commit(Map<String, Graph> pending) throws StoreException {
        try {
            store.replaceGraphs(pending);
        } catch (RuntimeException e) {
            throw new StoreException("cannot write to store " + store.directory() + ": " + e.getMessage()
                    + " (the store keeps what was committed before)", e);
        }
        pending.clear();
    }

    private static StoreException interrupted() {
        return new StoreException("build interrupted; the store keeps what was committed before");
    }
}
