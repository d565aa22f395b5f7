package org.w3id.kechuang.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.w3id.kechuang.nlp.Segmenter;
import org.w3id.kechuang.nlp.Sentence;
import org.w3id.kechuang.nlp.SentenceSplitter;
import org.w3id.kechuang.read.ArticleReaders;
import org.w3id.kechuang.read.ReadException;

/**
 * The physical reference for a build: HanLP alone segmenting the same sentences with the same
 * configuration, on the same number of threads. Everything else a build does should cost at most as
 * much again.
 */
final class SegmentationBaseline {
    private SegmentationBaseline() {}

    /** The sentences of the articles in {@code files}, as the build splits them. */
    static List<String> sentences(List<Path> files) throws ReadException {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> sentences = new ArrayList<>();
        for (Path f : files) {
            for (Sentence s : splitter.split(ArticleReaders.read(f).body())) {
                sentences.add(s.text());
            }
        }
        return sentences;
    }

    /** Seconds HanLP takes to segment {@code sentences}, shared out over {@code threads} threads. */
    static double seconds(List<String> sentences, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    Segmenter segmenter = new Segmenter();
                    int tokens = 0;
                    for (int i = first; i < sentences.size(); i += threads) {
                        tokens += segmenter.tokens(sentences.get(i)).size();
                    }
                    return tokens;
                }));
            }
            for (Future<Integer> p : parts) {
                p.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }
}
