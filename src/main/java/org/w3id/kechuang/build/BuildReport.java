package org.w3id.kechuang.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did: articles stored, inputs skipped and why, and the relation triples written per
 * property (local name, e.g. {@code visited}).
 */
public record BuildReport(int articles, List<Skipped> skipped, Map<String, Long> relations, long triples,
                          Duration elapsed) {

    public record Skipped(String input, String reason) { }

    public BuildReport {
        skipped = List.copyOf(skipped);
        relations = Map.copyOf(relations);
    }

    public boolean clean() {
        return skipped.isEmpty();
    }
}
