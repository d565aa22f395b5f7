package org.w3id.kechuang.read;

import java.util.regex.Pattern;

/** Display width of a line: full-width (CJK) characters count 1, ASCII half, as a typesetter lays them out. */
final class LineWidth {

    private static final Pattern SENTENCE_END =
            Pattern.compile("[。！？!?…][”’」』）)\"']*$");

    private LineWidth() {
    }

    static double of(String line) {
        double w = 0;
        for (int i = 0; i < line.length(); i++) {
            w += line.charAt(i) < 0x80 ? 0.5 : 1;
        }
        return w;
    }

    /** True when the line closes a sentence: 。！？… possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String line) {
        return SENTENCE_END.matcher(line.strip()).find();
    }
}
