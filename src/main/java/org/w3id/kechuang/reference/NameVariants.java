package org.w3id.kechuang.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Leading name parts written in more than one way (中科院 for 中国科学院, a 中华人民共和国 before a
 * ministry), read from a data file. {@link #key} is the form organisation names are compared in, and
 * also the form a linked organisation's canonical name takes.
 */
public final class NameVariants {
    private record Rewrite(String from, String to) {}

    private final List<Rewrite> rewrites;

    private NameVariants(List<Rewrite> rewrites) {
        this.rewrites = List.copyOf(rewrites);
    }

    /** Lines of "written as TAB compared as"; longer written forms are tried first. */
    public static NameVariants parse(List<String> lines, String source) {
        List<Rewrite> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f[0].isBlank()) {
                throw new IllegalStateException(source + ": empty prefix in line: " + line);
            }
            out.add(new Rewrite(f[0].strip(), f.length > 1 ? f[1].strip() : ""));
        }
        out.sort((a, b) -> Integer.compare(b.from().length(), a.from().length()));
        return new NameVariants(out);
    }

    /** The normalised name with the first matching leading part rewritten. */
    public String key(String name) {
        return rewrite(NameNormalizer.normalize(name));
    }

    /** The name as written with the first matching leading part rewritten (中科院… → 中国科学院…). */
    public String rewrite(String name) {
        for (Rewrite r : rewrites) {
            if (name.startsWith(r.from()) && name.length() - r.from().length() + r.to().length() >= 2) {
                return r.to() + name.substring(r.from().length());
            }
        }
        return name;
    }
}
