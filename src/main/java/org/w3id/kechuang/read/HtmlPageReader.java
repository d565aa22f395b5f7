package org.w3id.kechuang.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3id.kechuang.model.Article;

/**
 * A whole HTML page, saved or fetched. Metadata from {@code <meta>} (Open Graph, article:, pubdate…),
 * else from the headline and the date written near it; the body is the densest block of prose
 * ({@link ContentFinder}) after structural furniture is removed ({@link NoiseBlocks}). Nothing here is
 * tuned to a site.
 */
public final class HtmlPageReader implements ArticleReader {

    private static final Pattern HTML_START =
            // Server directives (<%@ page … %>) and XML declarations may stand before a saved page's markup.
            Pattern.compile("\\A(?:\\s|<!--.*?-->|<%.*?%>|<\\?.*?\\?>)*<(?:!doctype\\s+html|html|head|body|meta|title)\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LEADING_DIRECTIVES = Pattern.compile("\\A(?:\\s|<%.*?%>)+", Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile("<(?:html|body|head)\\b", Pattern.CASE_INSENSITIVE);
    private static final String[] DATE_META = {
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=PubDate]", "meta[name=publish-date]", "meta[name=publish_date]",
            "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=date]", "meta[property=og:release_date]"};
    private static final String[] PUBLISHER_META = {
            "meta[property=og:site_name]", "meta[name=publisher]", "meta[name=source]", "meta[name=author]",
            "meta[property=article:author]"};
    private static final Pattern SOURCE = Pattern.compile("来源\\s*[：:]\\s*([\\p{IsHan}A-Za-z0-9]{2,20})");

    private final BodyCleaner cleaner = BodyCleaner.standard();

    @Override
    public boolean accepts(String text) {
        return HTML_START.matcher(text).find()
                || HTML_TAGS.matcher(text.substring(0, Math.min(text.length(), 4096))).find();
    }

    @Override
    public Article read(String id, String source, String text) throws ReadException {
        // Without the leading directives: as text before <html> they would put the head into the body.
        String markup = LEADING_DIRECTIVES.matcher(text).replaceFirst("");
        Document page = Jsoup.parse(markup, source.matches("(?i)https?://.*") ? source : "");
        Element headline = page.selectFirst("h1");
        String title = title(page, headline);
        String pageText = page.body().text();

        Document content = page.clone();
        NoiseBlocks.remove(content);
        Element main = ContentFinder.find(content.body());
        if (main == null) {
            throw new ReadException("no article text found in " + source);
        }
        List<String> blocks = new ArrayList<>();
        for (HtmlBlocks.Block block : HtmlBlocks.of(main)) {
            boolean heading = block.owner().normalName().matches("h[1-6]");
            if (block.linkDensity() <= ContentFinder.MAX_LINK_DENSITY || heading) {
                blocks.add(block.text());
            }
        }
        // The headline is metadata: drop it (as og:title or as the page's own <h1>) from the body.
        blocks.removeIf(b -> b.equals(title) || headline != null && b.equals(HtmlBlocks.normalize(headline.text())));
        BodyCleaner.Body body = cleaner.clean(blocks);
        if (body.paragraphs().isEmpty()) {
            throw new ReadException("no article text found in " + source);
        }
        List<String> allBlocks = HtmlBlocks.of(page.body()).stream().map(HtmlBlocks.Block::text).toList();
        String editor = body.editor() != null ? body.editor() : cleaner.editor(allBlocks).orElse(null);
        return new Article(id, title, issued(page, title, pageText), publisher(page, pageText), source,
                categories(page), images(page, main), editor, body.paragraphs());
    }

    private static String title(Document page, Element headline) {
        String og = meta(page, "meta[property=og:title]", "meta[name=og:title]", "meta[name=title]").orElse(null);
        if (og != null) {
            return Titles.withoutSiteName(og);
        }
        if (headline != null && !headline.text().isBlank()) {
            return Titles.withoutSectionOrSite(headline.text());
        }
        return Titles.withoutSiteName(page.title());
    }

    private static OffsetDateTime issued(Document page, String title, String pageText) {
        for (String selector : DATE_META) {
            Element e = page.selectFirst(selector);
            if (e != null) {
                Optional<OffsetDateTime> t = PublicationDates.parse(e.attr("content"));
                if (t.isPresent()) {
                    return t.get();
                }
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null) {
            Optional<OffsetDateTime> t = PublicationDates.parse(time.attr("datetime"));
            if (t.isPresent()) {
                return t.get();
            }
        }
        // The byline date sits just after the headline; search from there, then anywhere.
        int at = title.isEmpty() ? -1 : pageText.indexOf(title);
        Optional<OffsetDateTime> near = at < 0 ? Optional.empty() : PublicationDates.find(pageText.substring(at));
        return near.or(() -> PublicationDates.find(pageText)).orElse(null);
    }

    private static String publisher(Document page, String pageText) {
        return meta(page, PUBLISHER_META).orElseGet(() -> {
            Matcher m = SOURCE.matcher(pageText);
            return m.find() ? m.group(1) : null;
        });
    }

    private static List<String> categories(Document page) {
        Set<String> categories = new LinkedHashSet<>();
        page.select("meta[property=article:section], meta[property=article:tag]")
                .forEach(e -> categories.add(e.attr("content").strip()));
        categories.remove("");
        return List.copyOf(categories);
    }

    private static List<String> images(Document page, Element main) {
        Set<String> images = new LinkedHashSet<>();
        meta(page, "meta[property=og:image]").ifPresent(images::add);
        for (Element img : main.select("img[src]")) {
            String src = img.absUrl("src");
            images.add(src.isEmpty() ? img.attr("src") : src);
        }
        images.remove("");
        return List.copyOf(images);
    }

    private static Optional<String> meta(Document page, String... selectors) {
        for (String selector : selectors) {
            Element e = page.selectFirst(selector);
            if (e != null && !e.attr("content").isBlank()) {
                return Optional.of(HtmlBlocks.normalize(e.attr("content")));
            }
        }
        return Optional.empty();
    }
}
