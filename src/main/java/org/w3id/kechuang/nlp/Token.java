package org.w3id.kechuang.nlp;

/**
 * One word of a sentence as the segmenter cut it.
 *
 * @param text  the word
 * @param tag   its part-of-speech tag (HanLP / ICTCLAS tag set: nr person, ns place, v verb, w punctuation…)
 * @param start offset in the sentence
 * @param end   offset just past it
 */
public record Token(String text, String tag, int start, int end) {

    public boolean isPunctuation() {
        return tag.startsWith("w");
    }

    public boolean isVerb() {
        return tag.startsWith("v");
    }

    public boolean hasTag(String prefix) {
        return tag.startsWith(prefix);
    }
}
