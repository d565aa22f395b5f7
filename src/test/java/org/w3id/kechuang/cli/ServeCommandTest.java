package org.w3id.kechuang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s own checks, before it builds or serves anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsReportedBeforeAnythingIsBuilt() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Path store = dir.resolve("store");
            long start = System.nanoTime();
            Cli r = Cli.run("serve", "--store", store.toString(), "--port", Integer.toString(busy.getLocalPort()));
            assertNotEquals(0, r.exit());
            assertEquals(1, r.errLines(), r.err());
            assertTrue(r.err().contains("already in use"), r.err());
            assertFalse(r.out().contains("building"), "nothing was built first: " + r.out());
            assertFalse(Files.exists(store), "no store was created for a server that could not start");
            assertTrue((System.nanoTime() - start) / 1_000_000_000 < 5, "refused at once, not after a build");
        }
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedWithTheWayToGiveIt() {
        Cli r = Cli.run("serve", "--store", dir.resolve("store").toString(), "--update-password", "visible-in-ps");
        assertNotEquals(0, r.exit());
        assertEquals(1, r.errLines(), r.err());
        assertTrue(r.err().contains("--update-password-file") && r.err().contains("KECHUANG_UPDATE_PASSWORD"), r.err());
        assertFalse(r.err().contains("visible-in-ps"), "the password is not echoed");
    }

    @Test
    void anEmptyPasswordFileIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "\n");
        Cli r = Cli.run("serve", "--store", dir.resolve("store").toString(), "--update-password-file", file.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("is empty"), r.err());
    }
}
