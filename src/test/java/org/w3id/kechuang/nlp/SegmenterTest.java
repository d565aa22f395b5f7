package org.w3id.kechuang.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.extract.Gazetteer;

class SegmenterTest {

    @Test
    void tokensCarryTagsAndOffsetsIntoTheSentence() {
        ProjectDictionary.installOnce(Gazetteer.shared().dictionaryWords());
        String s = "市委书记李强今天在调研李政道研究所时指出";
        List<Token> tokens = new Segmenter().tokens(s);
        for (Token t : tokens) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("李强") && t.tag().startsWith("nr")));
        // Organisation recognition is off: the verb is never glued onto the institute.
        assertTrue(tokens.stream().noneMatch(t -> t.text().contains("调研李政道")));
    }

    @Test
    void projectDictionaryKeepsKnownNamesWhole() {
        ProjectDictionary.installOnce(Gazetteer.shared().dictionaryWords());
        List<Token> tokens = new Segmenter().tokens("国家发展改革委副主任和工业和信息化部副部长出席");
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("国家发展改革委")));
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("工业和信息化部")));
    }

    @Test
    void projectVerbCutAcrossTokensIsJoinedAgainWithOffsetsKept() {
        ProjectDictionary.installOnce(Gazetteer.shared().dictionaryWords());
        String s = "国家发展改革委批复合肥综合性国家科学中心建设方案。";
        List<Token> tokens = new Segmenter().tokens(s);
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("批复") && t.tag().equals("v")), tokens.toString());
        assertTrue(tokens.stream().noneMatch(t -> t.text().contains("复合肥")));
        for (Token t : tokens) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }
}
