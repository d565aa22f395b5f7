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
import java.util.Optional;
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
        return find(name).orElseThrow(() -> new IllegalStateException(
                "rule file missing from the classpath: " + BASE + name + ".tsv"));
    }

    /** The rule file of this name, if there is one. */
    static Optional<RuleFile> find(String name) {
        String resource = BASE + name + ".tsv";
        InputStream in = RuleFile.class.getResourceAsStream(resource);
        if (in == null) {
            return Optional.empty();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return Optional.of(parse(resource, r.lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Rules from lines as a file holds them; {@code source} names them in errors. */
    static RuleFile parse(String source, List<String> lines) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            if (f.length != 2 || f[1].isEmpty()) {
                throw new IllegalStateException(source + ": expected rule name, tab, value in: " + line);
            }
            values.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(f[1]);
        }
        return new RuleFile(source, values);
    }

    boolean has(String rule) {
        return values.containsKey(rule);
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
