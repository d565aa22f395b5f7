package org.w3id.kechuang.cli;

import java.nio.file.Path;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.StoreException;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every subcommand that touches the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "The TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** Opens the store, creating it if there is none: for the commands that write one. */
    KgStore open() throws StoreException {
        return KgStore.open(dir);
    }

    /** Opens the store, an error if there is none: for the commands that only use one. */
    KgStore openExisting() throws StoreException {
        return KgStore.openExisting(dir);
    }
}
