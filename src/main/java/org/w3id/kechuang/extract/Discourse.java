package org.w3id.kechuang.extract;

/**
 * What one relation rule leaves in the {@link ArticleContext} for others: the only state that passes between
 * rule passes. Each rule declares what it provides and what it needs, and {@link RuleSequence} checks the order.
 */
enum Discourse {
    /** The posts people hold, recorded in the entity table (who speaks for which organisation). */
    POSITIONS,
    /** The meeting the article reports ({@link ArticleContext#currentMeeting}). */
    MEETING,
    /** The date of the last event told, which an undated later visit shares ({@link ArticleContext#dates}). */
    EVENT_DATE,
    /** The last person who spoke ({@link ArticleContext#lastSpeaker}). */
    SPEAKER
}
