package org.w3id.kechuang.server;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One example SPARQL query offered in the web UI.
 *
 * @param name  file name, e.g. {@code visits.rq}
 * @param title the question the query answers: its first comment line, or the name
 * @param text  the query text
 */
public record ExampleQuery(String name, String title, String text) {

    /** Every {@code .rq} file directly in {@code dir}, sorted by name; none if {@code dir} is null. */
    public static List<ExampleQuery> loadAll(Path dir) {
        if ( dir == null )
            return List.of();
        if ( !Files.isDirectory(dir) )
            throw new ServerException("queries folder not found: " + dir);
        List<ExampleQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for ( Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList() )
                queries.add(load(file));
        } catch (IOException ex) {
            throw new ServerException("cannot list queries folder " + dir + ": " + ex.getMessage(), ex);
        }
        return List.copyOf(queries);
    }

    static ExampleQuery load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException ex) {
            throw new ServerException("query file is not UTF-8: " + file, ex);
        } catch (IOException ex) {
            throw new ServerException("cannot read query file " + file + ": " + ex.getMessage(), ex);
        }
        String name = file.getFileName().toString();
        return new ExampleQuery(name, titleOf(text, name), text);
    }

    /** The first non-empty comment line ("# Who visited ...?"), else the file name without ".rq". */
    static String titleOf(String text, String name) {
        for ( String line : text.lines().toList() ) {
            String trimmed = line.strip();
            if ( trimmed.startsWith("#") ) {
                // "# Question: Who visited …?" shows as "Who visited …?"
                String comment = trimmed.replaceFirst("^#+", "").strip().replaceFirst("^(?i)question:\\s*", "");
                if ( !comment.isEmpty() )
                    return comment;
            }
        }
        return name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
    }
}
