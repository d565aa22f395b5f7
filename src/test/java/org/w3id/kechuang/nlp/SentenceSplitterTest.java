package org.w3id.kechuang.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsAtChineseTerminatorsAndKeepsOffsets() {
        String text = "会议今天举行。陈吉宁出席！龚正主持；会议结束？";
        List<Sentence> s = splitter.split(text);
        assertEquals(List.of("会议今天举行。", "陈吉宁出席！", "龚正主持；", "会议结束？"), s.stream().map(Sentence::text).toList());
        for (Sentence x : s) {
            assertEquals(x.text(), text.substring(x.start(), x.end()));
        }
    }

    @Test
    void keepsQuotedSpeechWithItsSpeaker() {
        List<Sentence> s = splitter.split("“这令我们深感使命重大。责任在肩。”杜德斌说。他又说。");
        assertEquals("“这令我们深感使命重大。责任在肩。”杜德斌说。", s.get(0).text());
        assertEquals(2, s.size());
    }

    @Test
    void closingQuoteStaysWithTheSentenceItEnds() {
        List<Sentence> s = splitter.split("他说：“要加快建设。”随后离开。");
        assertEquals("他说：“要加快建设。”", s.get(0).text());
    }
}
