package org.w3id.kechuang.extract;

import org.w3id.kechuang.read.DateResolver;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** {@link Discourse#EVENT_DATE}: the last visit's or meeting's date, which a later undated visit shares. */
    LocalDate lastEventDate;

    /** The article's sentences, all of them: what a rule reads ahead in (the institution 我校 stands for). */
    List<AnalyzedSentence> sentences = List.of();
    /** The article's headline, "" when it has none. */
    String headline = "";

    /** What each rule keeps for itself across the article's sentences, by the type of its state. */
    private final Map<Class<?>, Object> ownState = new HashMap<>();

    ArticleContext(Gazetteer gaz, EntityTable table, LocalDate articleDate, AliasResolver.DominantPlaces dominant) {
        this.gaz = gaz;
        this.table = table;
        this.articleDate = articleDate;
        this.dominant = dominant;
    }

    /** The date of an event told in this sentence: the date it states, else the article's date. */
    LocalDate eventDate(String sentence) {
        return DateResolver.firstDate(sentence, articleDate).orElse(articleDate);
    }

    /** The state a rule keeps for itself in this article (its last visit, its last supporter), made on first use. */
    <T> T own(Class<T> type, Supplier<T> fresh) {
        return type.cast(ownState.computeIfAbsent(type, k -> fresh.get()));
    }

    /**
     * The date of a visit told in this sentence: the date it states, else the date of the event told before it
     * (仪式后，…来到), else the article's date.
     */
    LocalDate visitDate(String sentence) {
        return DateResolver.firstDate(sentence, articleDate).or(() -> Optional.ofNullable(lastEventDate))
                .orElse(articleDate);
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
