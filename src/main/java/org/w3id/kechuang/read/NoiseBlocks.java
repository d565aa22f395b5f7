package org.w3id.kechuang.read;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.kechuang.reference.DataFiles;

/**
 * Removes the page's structural furniture before text is scored: {@code nav}, {@code footer},
 * {@code aside}, forms, and elements whose class or id names furniture (words in the data file
 * {@code kechuang/read/noise-blocks.txt}). An element that holds most of the page's text is kept
 * whatever it is called, so a badly named article wrapper cannot take the article with it.
 */
public final class NoiseBlocks {

    private static final String RESOURCE = "/kechuang/read/noise-blocks.txt";
    private static final Set<String> WORDS = load();
    private static final String STRUCTURAL = "iframe, nav, footer, aside, form, "
            + "select, button, svg, canvas, [hidden], [aria-hidden=true], [style*=display:none], [style*=display: none]";
    /** Never drop an element holding more than this share of the page text. */
    private static final double MOST_TEXT = 0.5;

    private NoiseBlocks() {
    }

    public static void remove(Document doc) {
        doc.select("script, style, noscript, template").remove();
        int total = doc.body().text().length();
        for (Element e : doc.body().select(STRUCTURAL)) {
            removeUnlessMain(e, doc, total);
        }
        for (Element e : doc.body().select("[class], [id]")) {
            if (isNoise(e)) {
                removeUnlessMain(e, doc, total);
            }
        }
    }

    static boolean isNoise(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : names.split("[\\s_\\-]+")) {
            if (WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static void removeUnlessMain(Element e, Document doc, int total) {
        if (e == doc.body() || e.parent() == null || e.text().length() > total * MOST_TEXT) {
            return;
        }
        e.remove();
    }

    private static Set<String> load() {
        return DataFiles.lines(RESOURCE).stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
