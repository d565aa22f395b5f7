package org.w3id.kechuang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistyped {@code --store} is an error for every command that only uses a store: one line naming the
 * folder, a non-zero exit, and no empty store left behind where the typo pointed.
 */
class MissingStoreTest {
    @TempDir
    Path dir;

    static Stream<List<String>> readingCommands() {
        return Stream.of(List.of("query", "SELECT * { ?s ?p ?o } LIMIT 1"), List.of("export", "--format", "nt"),
                List.of("validate"), List.of("link"), List.of("link", "--report"));
    }

    private static Cli run(List<String> command, Path store) {
        String[] args = Stream.concat(Stream.of(command.get(0), "--store", store.toString()),
                command.stream().skip(1)).toArray(String[]::new);
        return Cli.run(args);
    }

    private static void assertOneLineError(Cli r, Path store) {
        assertNotEquals(0, r.exit(), "exit code");
        assertEquals(1, r.errLines(), () -> "one line expected, got: " + r.err());
        assertTrue(r.err().contains("no store at " + store), r.err());
        assertEquals("", r.out(), "nothing on standard output");
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void aStoreFolderThatDoesNotExistIsAnErrorAndIsNotCreated(List<String> command) {
        Path typo = dir.resolve("data").resolve("stor");
        assertOneLineError(run(command, typo), typo);
        assertFalse(Files.exists(typo), "an empty store was created at " + typo);
    }

    @ParameterizedTest
    @MethodSource("readingCommands")
    void aFolderWithoutAStoreIsAnErrorAndGetsNoDatabaseWrittenIntoIt(List<String> command) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a store");
        assertOneLineError(run(command, dir), dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(notes), files.toList(), "the folder was written into");
        }
    }
}
