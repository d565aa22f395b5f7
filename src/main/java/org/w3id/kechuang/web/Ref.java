package org.w3id.kechuang.web;

import java.util.Set;
import java.util.TreeSet;

/** Something a page links to: an IRI with its names and kc: classes. */
final class Ref {
    final String iri;
    String zh;
    String en;
    /** An article's dct:title, used when there is no label. */
    String title;
    final Set<String> classes = new TreeSet<>();

    Ref(String iri) {
        this.iri = iri;
    }

    /** The name to show: the Chinese label, else English, else a title, else the IRI's last segment. */
    String name() {
        if ( zh != null )
            return zh;
        if ( en != null )
            return en;
        if ( title != null )
            return title;
        String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        return tail.isEmpty() ? iri : Links.canonicalEscapes(tail);
    }

    String cls() {
        return Vocabulary.mostSpecific(classes);
    }
}
