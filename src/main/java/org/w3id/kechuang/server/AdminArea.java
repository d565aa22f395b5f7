package org.w3id.kechuang.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.fuseki.mgt.FusekiServerCtl;

/**
 * The folder Fuseki's admin module works in (backups, configurations of datasets added through
 * the admin API): the one given, or a temporary folder removed by {@link #release()}.
 */
final class AdminArea {

    private final Path dir;
    private final boolean temporary;

    private AdminArea(Path dir, boolean temporary) {
        this.dir = dir;
        this.temporary = temporary;
    }

    /** The given folder, or a new temporary one if {@code dir} is null. */
    static AdminArea of(Path dir) {
        if ( dir != null )
            return new AdminArea(dir, false);
        try {
            return new AdminArea(Files.createTempDirectory("kechuang-fuseki-"), true);
        } catch (IOException ex) {
            throw new ServerException("cannot create a temporary folder for the server: " + ex.getMessage(), ex);
        }
    }

    /**
     * Run {@code build} with Fuseki's admin module pointed at this folder. The module takes its
     * area from FUSEKI_BASE (a system property wins over the environment variable) and would
     * otherwise create "run/" in the working folder; the property is set for the build only.
     */
    <T> T around(Supplier<T> build) {
        // The module also sets FUSEKI_SHIRO (for a Shiro module we do not use): restore both.
        List<String> keys = List.of(FusekiServerCtl.envFusekiBase, FusekiServerCtl.envFusekiShiro);
        Map<String, String> previous = new HashMap<>();
        keys.forEach(k -> previous.put(k, System.getProperty(k)));
        System.setProperty(FusekiServerCtl.envFusekiBase, dir.toAbsolutePath().toString());
        try {
            return build.get();
        } finally {
            for ( String k : keys ) {
                if ( previous.get(k) == null )
                    System.clearProperty(k);
                else
                    System.setProperty(k, previous.get(k));
            }
        }
    }

    /** Delete the folder if it is a temporary one. */
    void release() {
        if ( !temporary || !Files.exists(dir) )
            return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for ( Path p : paths.sorted(Comparator.reverseOrder()).toList() )
                Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
