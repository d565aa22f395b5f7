package org.w3id.kechuang.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns candidate paragraphs into body paragraphs: trims (also the full-width indent {@code 　　}),
 * drops empty lines and furniture, and keeps the editor line apart as metadata.
 */
public final class BodyCleaner {

    /** Cleaned body paragraphs and the editor found among the candidates, or null. */
    public record Body(List<String> paragraphs, String editor) {
        public Body {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private final Furniture furniture;

    public BodyCleaner(Furniture furniture) {
        this.furniture = furniture;
    }

    public static BodyCleaner standard() {
        return new BodyCleaner(Furniture.standard());
    }

    public Body clean(List<String> candidates) {
        List<String> paragraphs = new ArrayList<>();
        String editor = null;
        for (String candidate : candidates) {
            String line = HtmlBlocks.normalize(candidate);
            if (line.isEmpty()) {
                continue;
            }
            Optional<String> named = furniture.editor(line);
            if (named.isPresent()) {
                editor = editor == null ? named.get() : editor;
            } else if (!furniture.isFurniture(line)) {
                paragraphs.add(line);
            }
        }
        return new Body(paragraphs, editor);
    }

    /** The editor named on any of the lines, for readers whose body lines do not contain it. */
    public Optional<String> editor(List<String> lines) {
        return lines.stream().map(furniture::editor).flatMap(Optional::stream).findFirst();
    }
}
