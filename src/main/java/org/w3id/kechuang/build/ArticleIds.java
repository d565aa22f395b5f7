package org.w3id.kechuang.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.kechuang.rdf.Iris;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;

/**
 * Checks a build's inputs before anything is written, so that no article silently takes another's place:
 * two inputs giving one article IRI are an error, and so is an article the store already holds from a
 * different source, unless the build may replace it. One source listed twice is built once.
 */
final class ArticleIds {
    private ArticleIds() {}

    /** The inputs to build, in order, each source once; an error naming the first clash (and how many more). */
    static List<Input> check(List<Input> inputs, KgStore store, boolean replace) throws StoreException {
        Map<String, Input.Readable> byIri = new LinkedHashMap<>();
        List<Input> toBuild = new ArrayList<>();
        List<String> clashes = new ArrayList<>();
        for (Input in : inputs) {
            if (!(in instanceof Input.Readable r)) {
                toBuild.add(in);
                continue;
            }
            // Keyed by IRI, not id: two ids that encode alike would still share a graph.
            Input.Readable first = byIri.putIfAbsent(Iris.article(r.id()), r);
            if (first == null) {
                toBuild.add(in);
            } else if (!first.source().equals(r.source())) {
                clashes.add("two inputs give the article id \"" + r.id() + "\": " + first.name() + " and " + r.name());
            }
        }
        if (!clashes.isEmpty()) {
            throw new StoreException(summary(clashes) + "; nothing was written: rename one, or build the folder "
                    + "that holds both, so each id keeps its subfolder");
        }
        if (!replace) {
            Map<String, String> stored = store.articleSources(byIri.keySet());
            byIri.forEach((iri, r) -> {
                String was = stored.get(iri);
                if (was != null && !was.equals(r.source())) {
                    clashes.add("article \"" + r.id() + "\" of " + r.name() + " is already stored from "
                            + (was.isEmpty() ? "an unnamed source" : was));
                }
            });
            if (!clashes.isEmpty()) {
                throw new StoreException(summary(clashes) + "; nothing was written: --replace overwrites it");
            }
        }
        return toBuild;
    }

    private static String summary(List<String> clashes) {
        return clashes.get(0) + (clashes.size() > 1 ? " (and " + (clashes.size() - 1) + " more)" : "");
    }
}
