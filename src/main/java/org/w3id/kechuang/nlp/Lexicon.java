package org.w3id.kechuang.nlp;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * What HanLP's core dictionary says about a word. A word the dictionary hardly knows (天府, 华西) is more likely
 * part of a name than a common one (技术, 国家), which helps tell 天府实验室 from 国家技术创新中心.
 */
public final class Lexicon {

    /** At or below this corpus frequency a multi-character word counts as rare. */
    private static final int RARE = 5;

    private Lexicon() {
    }

    public static boolean isRare(String word) {
        return word.length() >= 2 && CoreDictionary.getTermFrequency(word) <= RARE;
    }
}
