package org.w3id.kechuang.eval;

import java.util.List;

/**
 * One fact in the shape the gold standard and the evaluation share.
 *
 * @param subject  accepted names (a gold fact may list alternatives; a graph fact has one)
 * @param object   accepted names, or a single empty string when the fact has none
 * @param detail   date (visits, events) or title (positions); empty when none
 * @param optional arguable: neither a miss when absent nor an error when present
 */
public record GoldFact(String article, String relation, List<String> subject, List<String> object, String detail,
                       boolean optional) {

    /** The article's headline as read from the page (subject); an empty subject: the page has none. */
    public static final String TITLE = "title";
    /** The article's publication date, yyyy-mm-dd (subject); an empty subject: the page gives none. */
    public static final String ISSUED = "issued";

    /** True for the facts about the article itself rather than about what it reports. */
    public boolean isArticleMetadata() {
        return relation.equals(TITLE) || relation.equals(ISSUED);
    }

    /** True for a date line saying the page gives none: no date may be found for it. */
    public boolean expectsNone() {
        return isArticleMetadata() && subject.size() == 1 && subject.get(0).isEmpty();
    }

    public GoldFact {
        subject = List.copyOf(subject);
        object = List.copyOf(object);
        detail = detail == null ? "" : detail;
    }

    public static GoldFact of(String article, String relation, String subject, String object, String detail) {
        return new GoldFact(article, relation, List.of(subject), List.of(object == null ? "" : object), detail, false);
    }

    /** True when the graph fact {@code g} states this fact. */
    public boolean matches(GoldFact g) {
        if (!article.equals(g.article) || !relation.equals(g.relation) || !detail.equals(g.detail)) {
            return false;
        }
        if (!subject.contains(g.subject.get(0))) {
            return false;
        }
        String found = g.object.get(0);
        if (GoldRelations.isAboutEvent(relation)) {
            // Event names are descriptive: the same meeting may be named with or without its year or place.
            return object.stream().anyMatch(o -> o.isEmpty() || found.contains(o) || o.contains(found));
        }
        return object.contains(found);
    }

    /** How a fact reads in a report. */
    public String describe() {
        String o = String.join("|", object);
        return article + "  " + relation + "  " + String.join("|", subject) + (o.isEmpty() ? "" : " → " + o)
                + (detail.isEmpty() ? "" : "  [" + detail + "]");
    }
}
