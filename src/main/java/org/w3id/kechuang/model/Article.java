package org.w3id.kechuang.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cleaned article: metadata and body paragraphs, with page furniture already removed.
 *
 * @param id         stable id (a file's path below the folder built, without extension; a file name stem;
 *                   or a hash of the URL); the article IRI is derived from it
 * @param title      headline, never null (may be empty when the input has none)
 * @param issued     publication time with its offset, or null when the input does not give one
 * @param publisher  publisher or author as stated, or null
 * @param source     where it was read from: a URL, or the file's path (absolute when built)
 * @param categories categories from the metadata (may be empty)
 * @param images     image URLs from the metadata and body (may be empty)
 * @param editor     the responsible editor ("责任编辑", "编辑"), kept apart from the body, or null
 * @param paragraphs body text, one entry per real paragraph, headings included as their own paragraphs
 */
public record Article(String id, String title, OffsetDateTime issued, String publisher, String source,
                      List<String> categories, List<String> images, String editor, List<String> paragraphs) {

    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        categories = List.copyOf(categories == null ? List.of() : categories);
        images = List.copyOf(images == null ? List.of() : images);
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
    }

    /** The publication day in the article's own offset: the reference for 今天, 昨天, 9月29日. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(issued).map(OffsetDateTime::toLocalDate);
    }

    /** The body as one string, paragraphs separated by newlines. */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
