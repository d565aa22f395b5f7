package org.w3id.kechuang.nlp;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into tagged tokens with offsets, using HanLP's Viterbi segmenter with person and place
 * recognition and the project dictionary. HanLP's organisation recognition stays off: it swallows verbs
 * (调研某研究所 as one organisation); organisations are recognised structurally downstream. Not thread-safe: one per thread.
 */
public final class Segmenter {

    private final Segment segment;

    /** A segmenter using whatever project dictionary has been installed with {@link ProjectDictionary}. */
    public Segmenter() {
        this.segment = new ViterbiSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(true)
                .enableOffset(true);
    }

    public List<Token> tokens(String sentence) {
        return repairVerbs(raw(sentence, 0), sentence);
    }

    /**
     * HanLP's custom words only merge whole tokens, so a project verb cut across a token boundary stays cut
     * (批/复合肥 for 批复合肥…): re-join the verb and segment the rest again.
     */
    private List<Token> repairVerbs(List<Token> tokens, String sentence) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            if (i + 1 < tokens.size()) {
                Token b = tokens.get(i + 1);
                String verb = a.text() + b.text().charAt(0);
                if (b.text().length() >= 3 && a.text().length() <= 2 && !a.isPunctuation()
                        && ProjectDictionary.isVerb(verb) && !ProjectDictionary.isVerb(a.text())) {
                    out.add(new Token(verb, "v", a.start(), b.start() + 1));
                    out.addAll(raw(b.text().substring(1), b.start() + 1));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    private List<Token> raw(String sentence, int base) {
        List<Term> terms = segment.seg(sentence);
        List<Token> out = new ArrayList<>(terms.size());
        int cursor = 0;
        for (Term t : terms) {
            // Offsets from HanLP are relative to the input; recompute defensively from the text itself.
            int at = sentence.indexOf(t.word, cursor);
            if (at < 0) {
                at = Math.max(cursor, t.offset);
            }
            int end = Math.min(sentence.length(), at + t.word.length());
            String tag = String.valueOf(t.nature);
            // Name recognition sometimes glues the particle 的 onto a name (的上海): split it off.
            if (t.word.length() > 2 && t.word.charAt(0) == '的' && tag.startsWith("n")) {
                out.add(new Token("的", "ude1", base + at, base + at + 1));
                out.add(new Token(t.word.substring(1), tag, base + at + 1, base + end));
            } else {
                out.add(new Token(t.word, tag, base + at, base + end));
            }
            cursor = end;
        }
        return out;
    }
}
