package org.w3id.kechuang;

import java.nio.file.Path;
import java.util.List;
import org.w3id.kechuang.build.BuildReport;
import org.w3id.kechuang.build.GraphBuilder;
import org.w3id.kechuang.store.KgStore;

/** Builds the seed articles into a real TDB2 store in a folder, the way {@code kechuang build} does. */
public final class SeedStore {
    private SeedStore() {}

    public static final String SEEDS = "seeds";

    public static BuildReport build(KgStore store, String... inputs) throws Exception {
        return GraphBuilder.create()
                .store(store)
                .threads(2)
                .batchSize(2)
                .build()
                .build(inputs.length == 0 ? List.of(SEEDS) : List.of(inputs));
    }

    public static KgStore buildSeeds(Path dir) throws Exception {
        KgStore store = KgStore.open(dir);
        build(store);
        return store;
    }
}
