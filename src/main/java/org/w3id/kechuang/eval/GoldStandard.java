package org.w3id.kechuang.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads a gold standard file (see src/test/resources/gold/FORMAT.md): one fact per tab-separated line. */
public final class GoldStandard {
    private GoldStandard() {}

    public static List<GoldFact> read(Path file) throws EvalException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException("cannot read gold file " + file + ": " + e.getMessage());
        }
        List<GoldFact> facts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String where = file + ":" + (i + 1);
            if (cols.length < 4 || cols.length > 6) {
                throw new EvalException(where + ": expected 6 tab-separated columns, found " + cols.length);
            }
            String relation = cols[1].strip();
            if (!GoldRelations.NAMES.contains(relation)) {
                throw new EvalException(where + ": unknown relation '" + relation + "'");
            }
            if (relation.equals(GoldFact.TITLE) && cols[2].isBlank()) {
                // The page has no headline: whatever title the reader makes for it is not scored.
                continue;
            }
            String detail = cols.length > 4 ? cols[4].strip() : "";
            boolean optional = cols.length > 5 && cols[5].strip().equals("optional");
            facts.add(new GoldFact(cols[0].strip(), relation, names(cols[2]), names(cols[3]), detail, optional));
        }
        return facts;
    }

    private static List<String> names(String col) {
        return Arrays.stream(col.split("\\|", -1)).map(String::strip).toList();
    }
}
