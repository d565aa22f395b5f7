package org.w3id.kechuang.read;

/** Small numbers written as digits or Chinese numerals: {@code 28}, {@code 二十八}, {@code 二〇二四} (digit by digit). */
final class ChineseNumerals {

    static final String CHARS = "〇零一二三四五六七八九十两";
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The value, or -1 when the text is not a number. */
    static int parse(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        String s = text.replace('零', '〇').replace('两', '二');
        int ten = s.indexOf('十');
        if (ten < 0) {
            // Digit by digit, as years are written: 二〇二四.
            int value = 0;
            for (char c : s.toCharArray()) {
                int d = DIGITS.indexOf(c);
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        if (tens < 0 || units < 0 || ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        return tens * 10 + units;
    }
}
