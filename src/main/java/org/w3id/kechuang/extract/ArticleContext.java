package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the relation rules share while reading one article: the entity table they write to, the article's date
 * and dominant city, and the little discourse state that passes between rules ({@link Discourse}: the meeting
 * being reported, the last event's date, the last speaker). State one rule keeps for itself is its own
 * ({@link #own}).
 */
final class ArticleContext {

    final Gazetteer gaz;
    final EntityTable table;
    final LocalDate articleDate;
    /** The city and province the article is mostly about (上海市), either may be null. */
    final AliasResolver.DominantPlaces dominant;

    /** {@link Discourse#MEETING}: the meeting the article reports. */
    EntityTable.Node currentMeeting;
    /** {@link Discourse#SPEAKER}: the last person who spoke. */
    EntityTable.Node lastSpeaker;
    /** {@link Discourse#EVENT_DATE}: how the events told are dated (the last one's date, the article's opening). */
    final EventDates dates;

    /** The article's headline, "" when it has none. */
    String headline = "";

    /** What each rule keeps for itself across the article's sentences, by the type of its state. */
    private final Map<Class<?>, Object> ownState = new HashMap<>();

    /**
     * The article's sentences, resolved, for what a rule must know of the whole article (the page's own
     * body, the institution 我校 stands for).
     */
    final List<AnalyzedSentence> sentences;

    ArticleContext(Gazetteer gaz, EntityTable table, LocalDate articleDate, AliasResolver.DominantPlaces dominant) {
        this(gaz, table, articleDate, dominant, List.of());
    }

    ArticleContext(Gazetteer gaz, EntityTable table, LocalDate articleDate, AliasResolver.DominantPlaces dominant,
                   List<AnalyzedSentence> sentences) {
        this.gaz = gaz;
        this.table = table;
        this.articleDate = articleDate;
        this.dominant = dominant;
        this.sentences = List.copyOf(sentences);
        this.dates = EventDates.of(articleDate, sentences);
    }

    /** The date of a meeting told in this sentence ({@link EventDates#meeting}). */
    LocalDate eventDate(String sentence) {
        return dates.meeting(sentence);
    }

    /** The state a rule keeps for itself in this article (its last visit, its last supporter), made on first use. */
    <T> T own(Class<T> type, Supplier<T> fresh) {
        return type.cast(ownState.computeIfAbsent(type, k -> fresh.get()));
    }

    /** The date of a visit told in this sentence ({@link EventDates#visit}). */
    LocalDate visitDate(String sentence) {
        return dates.visit(sentence);
    }

    /** The node of a mention; an event mention is the event of that name already told of, if any. */
    EntityTable.Node node(Mention m) {
        if (m.type().isEvent()) {
            EntityTable.Node known = table.findEvent(m.canonical());
            if (known != null) {
                known.alts.add(m.text());
                return known;
            }
        }
        return table.node(m);
    }
}
