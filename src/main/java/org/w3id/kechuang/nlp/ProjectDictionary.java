package org.w3id.kechuang.nlp;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.Map;

/**
 * Puts the project's words (organisations, places, titles, fields) into HanLP's custom dictionary so the
 * segmenter keeps them whole. HanLP's dictionary is static, so this happens once per JVM; {@code insert} is used
 * because {@code add} does not override a word HanLP already knows with another tag.
 */
public final class ProjectDictionary {

    private static boolean installed;
    private static volatile java.util.Set<String> verbs = java.util.Set.of();

    private ProjectDictionary() {
    }

    /** Installs the words (word → HanLP nature, e.g. "nt") unless a dictionary was already installed. */
    public static synchronized void installOnce(Map<String, String> words) {
        if (installed) {
            return;
        }
        words.forEach((word, nature) -> CustomDictionary.insert(word, nature + " 1000"));
        java.util.Set<String> v = new java.util.HashSet<>();
        words.forEach((word, nature) -> {
            if (nature.equals("v")) {
                v.add(word);
            }
        });
        verbs = java.util.Set.copyOf(v);
        installed = true;
    }

    /** Whether the word is one of the project's verbs (trigger words such as 批复, 调研). */
    public static boolean isVerb(String word) {
        return verbs.contains(word);
    }

    public static synchronized boolean isInstalled() {
        return installed;
    }
}
