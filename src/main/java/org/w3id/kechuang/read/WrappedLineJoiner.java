package org.w3id.kechuang.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-joins text that a PDF extractor hard-wrapped at the column width, often cutting words and names
 * ({@code 张江 / 科学城}). The column width is learnt from the lines themselves; a paragraph ends only
 * after a sentence end on a line visibly shorter than the column, or before a line that starts indented
 * (newspaper paragraphs start two characters in, so their first line holds less text). A short line with
 * no final punctuation after a paragraph end is a heading and stands alone.
 */
public final class WrappedLineJoiner {

    /** A line this much narrower than the column is "short": it ends its paragraph. */
    private static final double SHORT_LINE = 0.85;
    /** A heading is at most this share of the column wide. */
    private static final double HEADING = 0.75;
    /** The indent of a paragraph's first line, in characters. */
    private static final double INDENT = 1.5;

    private WrappedLineJoiner() {
    }

    /** The typical (column) width: the upper quartile of line widths, robust to short paragraph ends. */
    public static double columnWidth(List<String> lines) {
        double[] widths = lines.stream().mapToDouble(LineWidth::of).sorted().toArray();
        if (widths.length == 0) {
            return 0;
        }
        return widths[Math.min(widths.length - 1, (int) Math.floor(widths.length * 0.75))];
    }

    /** @param lines the non-empty lines, in order */
    public static List<String> join(List<String> lines) {
        List<String> trimmed = lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        double column = columnWidth(trimmed);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean afterBreak = true;
        for (int i = 0; i < trimmed.size(); i++) {
            String line = trimmed.get(i);
            double width = LineWidth.of(line);
            if (afterBreak && isHeading(line, width, column)) {
                paragraphs.add(line);
                continue;
            }
            appendJoined(current, line);
            String next = i + 1 < trimmed.size() ? trimmed.get(i + 1) : null;
            if (next == null || endsParagraph(line, width, next, column)) {
                paragraphs.add(current.toString());
                current.setLength(0);
                afterBreak = true;
            } else {
                afterBreak = false;
            }
        }
        return paragraphs;
    }

    private static boolean isHeading(String line, double width, double column) {
        return width <= column * HEADING && width >= 2 && !LineWidth.endsSentence(line)
                && !line.matches(".*[，、,：:；;“‘（(《]$");
    }

    private static boolean endsParagraph(String line, double width, String next, double column) {
        if (!LineWidth.endsSentence(line)) {
            return false;
        }
        return width < column * SHORT_LINE || LineWidth.of(next) <= column - INDENT - 0.5;
    }

    /** Joins a wrapped line: no space between CJK text, one space where both sides are Latin words. */
    private static void appendJoined(StringBuilder current, String line) {
        if (current.length() > 0) {
            char last = current.charAt(current.length() - 1);
            char first = line.charAt(0);
            if (isLatin(last) && isLatin(first)) {
                current.append(' ');
            }
        }
        current.append(line);
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
