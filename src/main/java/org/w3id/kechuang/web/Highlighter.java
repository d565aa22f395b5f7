package org.w3id.kechuang.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Marks names in a sentence: the escaped sentence with each occurrence of a name in {@code <mark>}. */
final class Highlighter {
    private Highlighter() {}

    static String mark(String sentence, Collection<String> names) {
        List<String> byLength = names.stream().filter(n -> n != null && !n.isBlank()).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] marked = new boolean[sentence.length()];
        for ( String name : byLength ) {
            for ( int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1) ) {
                boolean free = true;
                for ( int i = at; i < at + name.length(); i++ )
                    free &= !marked[i];
                if ( free )
                    for ( int i = at; i < at + name.length(); i++ )
                        marked[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(sentence.length() + 32);
        for ( int i = 0; i < sentence.length(); i++ ) {
            if ( marked[i] && (i == 0 || !marked[i - 1]) )
                out.append("<mark>");
            out.append(Html.esc(String.valueOf(sentence.charAt(i))));
            if ( marked[i] && (i + 1 == sentence.length() || !marked[i + 1]) )
                out.append("</mark>");
        }
        return out.toString();
    }
}
