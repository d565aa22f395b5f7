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

    private ProjectDictionary() {
    }

    /** Installs the words (word → HanLP nature, e.g. "nt") unless a dictionary was already installed. */
    public static synchronized void installOnce(Map<String, String> words) {
        if (installed) {
            return;
        }
        words.forEach((word, nature) -> CustomDictionary.insert(word, nature + " 1000"));
        installed = true;
    }

    public static synchronized boolean isInstalled() {
        return installed;
    }
}
