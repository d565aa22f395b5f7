package org.w3id.kechuang.reference;

/**
 * The one form names are compared in: full-width ASCII forms and the ideographic space folded to
 * half-width, runs of white space collapsed, ends trimmed. Nothing else changes, so matching stays exact.
 */
public final class NameNormalizer {
    private NameNormalizer() {}

    public static String normalize(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0') {
                c = ' ';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True when the name holds a Han character, i.e. it is a Chinese name worth indexing. */
    public static boolean isChinese(String name) {
        return name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
