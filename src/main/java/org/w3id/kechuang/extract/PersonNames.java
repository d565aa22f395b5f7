package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3id.kechuang.model.EntityType;

/**
 * Inside one article each person has one name, the longest the article supports: a name found short in one
 * sentence (施尔, 宗发) becomes the longer name found elsewhere in the article (施尔畏, 陈宗发) where the text
 * around it reads so.
 */
final class PersonNames {

    private PersonNames() {
    }

    static List<AnalyzedSentence> longest(List<AnalyzedSentence> sentences) {
        Set<String> names = new LinkedHashSet<>();
        for (AnalyzedSentence s : sentences) {
            s.mentions().stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> names.add(m.text()));
        }
        List<AnalyzedSentence> out = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            List<Mention> ms = new ArrayList<>(s.mentions());
            boolean changed = false;
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                if (m.type() != EntityType.PERSON) {
                    continue;
                }
                Mention longer = longer(s.text(), m, names, ms);
                if (longer != null) {
                    ms.set(i, longer);
                    changed = true;
                }
            }
            out.add(changed ? s.withMentions(ms) : s);
        }
        return out;
    }

    /** The longest name of the article that contains this one where it stands and overlaps no other name. */
    private static Mention longer(String text, Mention m, Set<String> names, List<Mention> ms) {
        Mention best = null;
        for (String name : names) {
            if (name.length() <= m.text().length() || !name.contains(m.text())) {
                continue;
            }
            int start = m.start() - name.indexOf(m.text());
            int end = start + name.length();
            if (start < 0 || end > text.length() || !text.startsWith(name, start)) {
                continue;
            }
            boolean free = ms.stream().noneMatch(x -> x != m && x.start() < end && x.end() > start);
            if (free && (best == null || name.length() > best.text().length())) {
                best = new Mention(name, EntityType.PERSON, start, end, name, null);
            }
        }
        return best;
    }
}
