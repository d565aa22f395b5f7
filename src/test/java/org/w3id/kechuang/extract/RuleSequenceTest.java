package org.w3id.kechuang.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The relation rules state what they need and provide; a pipeline in the wrong order fails when it is built. */
class RuleSequenceTest {

    @Test
    void theStandardOrderIsValid() {
        assertDoesNotThrow(RuleSequence::standard);
    }

    @Test
    void aRuleBeforeTheOneProvidingWhatItNeedsFailsFast() {
        // Focus on the meeting reported, before the meeting rule has found it.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RuleSequence(List.of(
                new FocusExtractor(), new MeetingExtractor(), new PositionExtractor(), new VisitExtractor(),
                new SupportExtractor(), new DiscourseTracker())));
        assertTrue(e.getMessage().contains("FocusExtractor needs MEETING"), e.getMessage());
    }

    @Test
    void aRuleReadingEarlierSentencesAfterTheTrackerFailsFast() {
        // The tracker first would let 我们 refer to this sentence's speaker rather than an earlier one's.
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RuleSequence(List.of(
                new PositionExtractor(), new DiscourseTracker(), new SupportExtractor())));
        assertTrue(e.getMessage().contains("SupportExtractor reads SPEAKER"), e.getMessage());
    }
}
