package org.w3id.kechuang.extract;

import org.w3id.kechuang.model.EntityType;

/**
 * A name found in a sentence.
 *
 * @param text      the words as written
 * @param type      the class the name implies
 * @param start     offset in the sentence
 * @param end       offset just past it
 * @param canonical the canonical name it stands for, or null while it needs the article's context to resolve
 *                  (a bare 市委, an abbreviation such as 大连化物所)
 * @param partOf    for a nested name (清华大学深圳国际研究生院), the canonical name of the organisation it starts
 *                  with, else null
 */
public record Mention(String text, EntityType type, int start, int end, String canonical, String partOf) {

    public Mention withCanonical(String name) {
        return new Mention(text, type, start, end, name, partOf);
    }

    public Mention withPartOf(String parent) {
        return new Mention(text, type, start, end, canonical, parent);
    }

    public Mention withType(EntityType t) {
        return new Mention(text, t, start, end, canonical, partOf);
    }

    public boolean isResolved() {
        return canonical != null;
    }
}
