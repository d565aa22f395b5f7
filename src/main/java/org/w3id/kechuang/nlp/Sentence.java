package org.w3id.kechuang.nlp;

/**
 * One sentence of a text.
 *
 * @param text  the sentence verbatim, terminator and closing quotes included
 * @param start offset of its first character in the text it was split from
 * @param end   offset just past its last character
 */
public record Sentence(String text, int start, int end) {
}
