package org.w3id.kechuang.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.kechuang.model.Article;

/**
 * Markdown with a YAML front matter block ({@code ---} … {@code ---}) and an HTML (or plain Markdown)
 * body, as static-site and feed exporters write articles. Metadata comes from the front matter, the
 * body paragraphs from the HTML.
 */
public final class FrontMatterReader implements ArticleReader {

    /** Front matter: optional blank lines, a {@code ---} line, the YAML, a closing {@code ---} line. */
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A\\s*^---[ \\t]*\\R(.*?)^---[ \\t]*$\\R?(.*)\\z", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("<(p|div|br|img|span|h[1-6]|font|section)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(\\s*([^)\\s]+)[^)]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final BodyCleaner cleaner = BodyCleaner.standard();

    @Override
    public boolean accepts(String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        return m.matches() && m.group(1).lines().anyMatch(l -> l.matches("^[A-Za-z_][\\w-]*\\s*:.*"));
    }

    @Override
    public Article read(String id, String source, String text) throws ReadException {
        Matcher m = FRONT_MATTER.matcher(text);
        if (!m.matches()) {
            throw new ReadException("no front matter block in " + source);
        }
        JsonNode meta = yaml(m.group(1), source);
        String body = m.group(2);

        Set<String> images = new LinkedHashSet<>();
        addText(images, meta.get("headimg"));
        addText(images, meta.get("thumbnail"));
        addText(images, meta.get("image"));
        addText(images, meta.get("images"));

        List<String> blocks = new ArrayList<>();
        if (HTML_TAG.matcher(body).find()) {
            Document html = Jsoup.parseBodyFragment(body, source.startsWith("http") ? source : "");
            for (Element img : html.select("img[src]")) {
                String src = img.absUrl("src");
                images.add(src.isEmpty() ? img.attr("src") : src);
            }
            HtmlBlocks.of(html.body()).forEach(b -> blocks.add(b.text()));
        } else {
            // Markdown body: paragraphs are separated by blank lines; heading marks and link syntax are not text.
            Matcher image = MARKDOWN_IMAGE.matcher(body);
            while (image.find()) {
                images.add(image.group(1));
            }
            for (String para : MARKDOWN_IMAGE.matcher(body).replaceAll("").split("\\R\\s*\\R")) {
                blocks.add(MARKDOWN_LINK.matcher(para).replaceAll("$1")
                        .replaceAll("(?m)^\\s*(?:#{1,6}|>|[*-]\\s)\\s*", "")
                        .replaceAll("\\*\\*|__", ""));
            }
        }
        BodyCleaner.Body clean = cleaner.clean(blocks);

        String title = text(meta.get("title"));
        String date = text(meta.get("date"));
        return new Article(id, title == null ? "" : Titles.withoutSectionOrSite(title),
                date == null ? null : PublicationDates.parse(date).orElse(null),
                firstText(meta, "author", "publisher", "source"),
                source, list(meta.get("categories")), List.copyOf(images),
                firstNonNull(text(meta.get("editor")), clean.editor()), clean.paragraphs());
    }

    private static JsonNode yaml(String block, String source) throws ReadException {
        try {
            JsonNode node = YAML.readTree(block);
            if (node == null || !node.isObject()) {
                throw new ReadException("front matter is not a YAML mapping in " + source);
            }
            return node;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ReadException("bad YAML front matter in " + source + ": " + reason);
        }
    }

    private static String firstText(JsonNode meta, String... keys) {
        for (String key : keys) {
            String v = text(meta.get(key));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> {
                String s = text(n);
                if (s != null) {
                    values.add(s);
                }
            });
        } else if (text(node) != null) {
            values.add(text(node));
        }
        return values;
    }

    private static void addText(Set<String> into, JsonNode node) {
        list(node).forEach(into::add);
    }
}
