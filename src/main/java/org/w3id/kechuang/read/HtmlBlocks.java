package org.w3id.kechuang.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text blocks of an HTML element in document order: each paragraph, heading, list item or bare
 * {@code <div>} text run becomes one block, inline markup ({@code <font>}, {@code <b>}, links) stays
 * inside its block. Scripts, styles and comments contribute nothing.
 */
public final class HtmlBlocks {

    /** One block of text and the element that holds it, with the share of its text inside links. */
    public record Block(String text, Element owner, int linkChars) {
        public double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "section", "article", "main", "header", "footer", "nav", "aside", "table", "tr", "td", "th",
            "pre", "figure", "figcaption", "form", "br", "hr", "body", "center", "address");
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select",
            "button", "input", "textarea", "head", "title");

    private static final Pattern CJK_LINE_BREAK =
            Pattern.compile("(?<=[^\\x00-\\x7F])[ \\t]*\\R\\s*(?=[^\\x00-\\x7F])");

    private HtmlBlocks() {
    }

    public static List<Block> of(Element root) {
        Collector collector = new Collector();
        root.traverse(collector);
        collector.flush(root);
        return collector.blocks;
    }

    /**
     * Collapses runs of whitespace into one space and trims (also full-width spaces). A line break between
     * two Chinese characters is source formatting, not a word break, and disappears.
     */
    public static String normalize(String text) {
        String collapsed = CJK_LINE_BREAK.matcher(text.replace('\u00A0', ' ')).replaceAll("")
                .replaceAll("[\\s\\u200B\\uFEFF]+", " ");
        return collapsed.replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
    }

    private static final class Collector implements NodeVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int skipDepth;
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth++;
                } else if (skipDepth == 0 && BLOCK_TAGS.contains(tag)) {
                    flush(e.parent() == null ? e : e.parent());
                } else if (tag.equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode t && skipDepth == 0) {
                String s = t.getWholeText();
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += normalize(s).length();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth--;
                } else if (skipDepth == 0 && BLOCK_TAGS.contains(tag)) {
                    flush(e);
                } else if (tag.equals("a")) {
                    linkDepth = Math.max(0, linkDepth - 1);
                }
            }
        }

        /** Ends the current block; its owner is the innermost block element that was open around it. */
        void flush(Element owner) {
            String block = normalize(text.toString());
            if (!block.isEmpty()) {
                blocks.add(new Block(block, owner, Math.min(linkChars, block.length())));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
