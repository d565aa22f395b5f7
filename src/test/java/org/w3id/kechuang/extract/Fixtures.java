package org.w3id.kechuang.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;

/** Test articles from src/test/resources/extract: a "# date:" line (ISO date-time or none), one paragraph a line. */
final class Fixtures {

    private Fixtures() {
    }

    static Article article(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            String date = lines[0].replace("# date:", "").trim();
            List<String> paragraphs = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    paragraphs.add(lines[i].trim());
                }
            }
            OffsetDateTime issued = date.equals("none") ? null : OffsetDateTime.parse(date);
            return new Article(name, "", issued, null, name + ".txt", List.of(), List.of(), null, paragraphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String dump(ArticleFacts f) {
        StringBuilder b = new StringBuilder();
        for (Entity e : f.entities()) {
            b.append("E ").append(e.type()).append(' ').append(e.name()).append(' ').append(e.altNames())
                    .append(e.date() == null ? "" : " " + e.date()).append('\n');
        }
        for (Position p : f.positions()) {
            b.append("P ").append(p.person().name()).append(" | ").append(p.title()).append(" | ")
                    .append(p.organization() == null ? "-" : p.organization().name()).append(" | ").append(p.asOf())
                    .append('\n');
        }
        for (Fact x : f.facts()) {
            b.append("F ").append(x.subject().name()).append(" -").append(x.relation()).append("-> ")
                    .append(x.object().name()).append("   «").append(x.evidence(), 0, Math.min(30, x.evidence().length()))
                    .append("»\n");
        }
        return b.toString();
    }
}
