package org.w3id.kechuang.web;

/**
 * One HTML page: the shared frame (title, search box, navigation, stylesheet) around a body built
 * with {@link #text} (escaped) and {@link #raw} (markup written here). Every string from the graph
 * goes through {@link #esc}: a name such as {@code <script>} is shown, never run.
 */
final class Html {
    private final Links links;
    private final String title;
    private final StringBuilder body = new StringBuilder(8192);
    private final StringBuilder head = new StringBuilder();

    Html(Links links, String title) {
        this.links = links;
        this.title = title;
    }

    static String esc(String s) {
        if ( s == null )
            return "";
        StringBuilder out = new StringBuilder(s.length() + 16);
        for ( int i = 0; i < s.length(); i++ ) {
            char c = s.charAt(i);
            switch ( c ) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    Html raw(String markup) {
        body.append(markup);
        return this;
    }

    Html text(String s) {
        body.append(esc(s));
        return this;
    }

    /** {@code <a href="…">text</a>}, both escaped. */
    Html link(String href, String text) {
        body.append("<a href=\"").append(esc(href)).append("\">").append(esc(text)).append("</a>");
        return this;
    }

    /** {@code <tag>text</tag>}, the text escaped. */
    Html el(String tag, String text) {
        body.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append('>');
        return this;
    }

    /** Adds a line to the page's head (alternate links, scripts). */
    Html head(String markup) {
        head.append(markup).append('\n');
        return this;
    }

    Links links() {
        return links;
    }

    String render() {
        StringBuilder out = new StringBuilder(body.length() + 2048);
        out.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
           .append("<title>").append(esc(title)).append(" · 科创 KG</title>")
           .append("<link rel=\"stylesheet\" href=\"").append(esc(links.page("assets/kechuang.css"))).append("\">\n")
           .append(head)
           .append("</head><body>\n<header><a class=\"home\" href=\"").append(esc(links.page("browse"))).append("\">科创 KG</a>")
           .append("<form class=\"search\" action=\"").append(esc(links.page("search"))).append("\" method=\"get\" role=\"search\">")
           .append("<input type=\"search\" name=\"q\" placeholder=\"搜索名称 / search a name\" aria-label=\"search\">")
           .append("<button type=\"submit\">搜索</button></form>")
           .append("<nav><a href=\"").append(esc(links.page("browse"))).append("\">Browse</a> ")
           .append("<a href=\"").append(esc(links.page("ontology"))).append("\">Ontology</a> ")
           .append("<a href=\"").append(esc(links.page(".well-known/void"))).append("\">VoID</a> ")
           .append("<a href=\"").append(esc(links.page(""))).append("\">SPARQL</a></nav></header>\n<main>\n")
           .append(body)
           .append("\n</main></body></html>\n");
        return out.toString();
    }
}
