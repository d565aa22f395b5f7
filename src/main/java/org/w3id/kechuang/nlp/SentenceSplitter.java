package org.w3id.kechuang.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences at 。！？；(and their ASCII forms, and line breaks), keeping a closing quote
 * or bracket with the sentence it ends. A terminator inside an open quotation does not end the sentence, so a
 * quoted speech stays with its speaker (“……。”李华说。). Offsets index into the text given.
 */
public final class SentenceSplitter {

    private static final String TERMINATORS = "。！？；!?;";
    private static final String OPENING = "“‘「『（(《";
    private static final String CLOSING = "”’」』）)》";
    /** A quotation longer than this is treated as unbalanced and no longer shields its terminators. */
    private static final int MAX_QUOTE = 400;

    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int quoteStart = -1;
        boolean quoteIntroduced = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                if (depth++ == 0) {
                    quoteStart = i;
                    // 他说：“……。” — speech introduced by a colon ends with its closing quote.
                    quoteIntroduced = i > 0 && (text.charAt(i - 1) == '：' || text.charAt(i - 1) == ':');
                }
            } else if (CLOSING.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            }
            if (depth > 0 && i - quoteStart > MAX_QUOTE) {
                depth = 0;
            }
            boolean lineBreak = c == '\n';
            if (depth == 1 && quoteIntroduced && TERMINATORS.indexOf(c) >= 0 && i + 1 < n
                    && CLOSING.indexOf(text.charAt(i + 1)) >= 0) {
                depth = 0;
            }
            if (lineBreak || (depth == 0 && TERMINATORS.indexOf(c) >= 0)) {
                int end = i + 1;
                while (!lineBreak && end < n && (CLOSING.indexOf(text.charAt(end)) >= 0
                        || TERMINATORS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                add(out, text, start, lineBreak ? i : end);
                start = end;
                i = end - 1;
                depth = 0;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(text.substring(start, end), start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
