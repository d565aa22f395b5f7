package org.w3id.kechuang.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one relation as a linguist edits them: {@code kechuang/rules/<name>.tsv}, rows of a rule name,
 * a tab and its value — a regular expression, or one word (rows of one name form a list, in file order).
 * The relation's class asks for its rules by name when it loads, so a missing rule fails at start-up.
 */
final class RuleFile {
    private static final String BASE = "/kechuang/rules/";

    private final String resource;
    private final Map<String, List<String>> values;

    private RuleFile(String resource, Map<String, List<String>> values) {
        this.resource = resource;
        this.values = values;
    }

    static RuleFile of(String name) {
        String resource = BASE + name + ".tsv";
        InputStream in = RuleFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("rule file missing from the classpath: " + resource);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                if (f.length != 2 || f[1].isEmpty()) {
                    throw new IllegalStateException(resource + ": expected rule name, tab, value in: " + line);
                }
                values.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return new RuleFile(resource, values);
    }

    /** The words of a list rule, in file order. */
    List<String> words(String rule) {
        List<String> v = values.get(rule);
        if (v == null) {
            throw new IllegalStateException(resource + " has no rule " + rule);
        }
        return List.copyOf(v);
    }

    Set<String> wordSet(String rule) {
        return Set.copyOf(words(rule));
    }

    /** The one value of a rule. */
    String text(String rule) {
        List<String> v = words(rule);
        if (v.size() != 1) {
            throw new IllegalStateException(resource + ": rule " + rule + " has " + v.size() + " values, expected one");
        }
        return v.get(0);
    }

    Pattern pattern(String rule) {
        return Pattern.compile(text(rule));
    }
}
