package org.w3id.kechuang.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.reference.DataFiles;

/**
 * Known page furniture (app prompts, copyright and licence lines, credits, editor lines), loaded from the
 * data file {@code kechuang/read/furniture.txt}: one regex per line, {@code #} comments. A pattern with a
 * named group {@code editor} recognises an editor line, which is metadata rather than body text.
 */
public final class Furniture {

    private static final String RESOURCE = "/kechuang/read/furniture.txt";
    private static final Furniture STANDARD = load(RESOURCE);

    private final List<Pattern> patterns;

    private Furniture(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The patterns shipped with Kechuang KG. */
    public static Furniture standard() {
        return STANDARD;
    }

    static Furniture load(String resource) {
        return new Furniture(DataFiles.lines(resource).stream().map(Pattern::compile).toList());
    }

    /** True when the line is furniture (including editor lines): never body text. */
    public boolean isFurniture(String line) {
        String text = line.strip();
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The editor named by an editor line such as {@code 责任编辑：张三}, if the line is one. */
    public Optional<String> editor(String line) {
        String text = line.strip();
        for (Pattern p : patterns) {
            if (p.pattern().contains("(?<editor>")) {
                Matcher m = p.matcher(text);
                if (m.find()) {
                    return Optional.of(m.group("editor"));
                }
            }
        }
        return Optional.empty();
    }
}
