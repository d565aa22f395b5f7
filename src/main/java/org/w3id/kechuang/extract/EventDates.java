package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.read.DateResolver;

/**
 * The one place that dates the events an article tells (visits, meetings, ceremonies). An event takes the date its
 * own sentence states; else the date the article's opening states (a dateline 本报上海4月13日讯, a date opening the
 * first sentence: later sentences go on about the same day); else the publication date. A visit the sentence does
 * not date shares the date of the event told just before it (仪式后，…来到) before falling back to the opening.
 * Dates without a year take the publication year ({@link DateResolver}); with no publication date they give none.
 */
final class EventDates {

    /** How many of the article's first sentences may hold its opening date (a dateline, a byline before it). */
    private static final int OPENING_SENTENCES = 3;

    private final LocalDate published;
    private final LocalDate opening;
    /** The date of the last visit or meeting told, which an undated later visit shares. */
    private LocalDate lastEvent;

    private EventDates(LocalDate published, LocalDate opening) {
        this.published = published;
        this.opening = opening;
    }

    /** @param published the publication date, or null */
    static EventDates of(LocalDate published, List<AnalyzedSentence> sentences) {
        LocalDate opening = sentences.stream().limit(OPENING_SENTENCES)
                .map(s -> DateResolver.firstDate(s.text(), published)).flatMap(Optional::stream)
                .findFirst().orElse(null);
        return new EventDates(published, opening);
    }

    /** The date of a meeting or ceremony told in this sentence. */
    LocalDate meeting(String sentence) {
        return stated(sentence).orElseGet(this::story);
    }

    /** The date of a visit told in this sentence. */
    LocalDate visit(String sentence) {
        return stated(sentence).or(() -> Optional.ofNullable(lastEvent)).orElseGet(this::story);
    }

    /** The date of the last visit or meeting told, or null. */
    LocalDate lastEvent() {
        return lastEvent;
    }

    /** An event was told with this date (null: none). */
    void told(LocalDate date) {
        if (date != null) {
            lastEvent = date;
        }
    }

    private Optional<LocalDate> stated(String sentence) {
        return DateResolver.firstDate(sentence, published);
    }

    private LocalDate story() {
        return opening != null ? opening : published;
    }
}
