package org.w3id.kechuang.read;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article by text density: every block of prose (text outside
 * links, Chinese punctuation) scores for the element around it and half for the one above, as in
 * Readability. Link lists and short menu items score nothing, so navigation and "related" lists lose.
 */
final class ContentFinder {

    /** Blocks with more of their text in links than this are link lists, not prose. */
    static final double MAX_LINK_DENSITY = 0.5;
    private static final int MIN_CHARS = 10;
    private static final Set<String> PARAGRAPH_TAGS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "dd", "dt", "span");

    private ContentFinder() {
    }

    /** The best-scoring element, or null when the page has no prose at all. */
    static Element find(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (HtmlBlocks.Block block : HtmlBlocks.of(root)) {
            double score = score(block);
            if (score <= 0) {
                continue;
            }
            Element target = PARAGRAPH_TAGS.contains(block.owner().normalName()) && block.owner().parent() != null
                    ? block.owner().parent() : block.owner();
            scores.merge(target, score, Double::sum);
            if (target.parent() != null) {
                scores.merge(target.parent(), score / 2, Double::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    static double score(HtmlBlocks.Block block) {
        int chars = block.text().length() - block.linkChars();
        long punctuation = block.text().chars().filter(c -> "，。！？；：、“”（）".indexOf(c) >= 0).count();
        if (block.linkDensity() > MAX_LINK_DENSITY || chars < MIN_CHARS || punctuation == 0 && chars < 40) {
            return 0;
        }
        return 1 + punctuation + Math.min(chars / 100.0, 3);
    }
}
