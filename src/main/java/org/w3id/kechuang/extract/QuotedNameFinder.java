package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.nlp.Token;

/** Quoted names: “…号” is a facility, 《…》 and “…计划/规划/工程” are programmes. */
final class QuotedNameFinder {

    private static final Pattern QUOTED = Pattern.compile("“([^”“]{2,24})”|《([^》《]{2,40})》");

    private final Gazetteer gaz;

    QuotedNameFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    void find(SentenceDraft d) {
        String sentence = d.text;
        List<Token> tokens = d.tokens;
        Mention[] owner = d.owner;
        List<Mention> out = d.found;
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            boolean book = m.group(2) != null;
            String name = book ? m.group(2) : m.group(1);
            int start = book ? m.start(2) : m.start(1);
            EntityType type = gaz.quotedNameType(name)
                    .or(() -> gaz.suffixType(name).filter(t -> t.isOrganization() && name.length() >= 5))
                    .or(() -> book ? Optional.empty() : typeOfWordAfter(sentence.substring(m.end())))
                    .orElse(null);
            if (type == EntityType.PROGRAMME && name.length() < 4) {
                type = null;
            }
            if (type == null && book && name.length() > 4) {
                type = EntityType.PROGRAMME;
            }
            if (type == null || name.length() <= 2) {
                continue;
            }
            add(new Mention(name, type, start, start + name.length(), name, null), tokens, owner, out);
        }
    }

    /** The class the noun right after a quoted name gives it: “鹏城云脑”大科学装置 is a facility. */
    private Optional<EntityType> typeOfWordAfter(String rest) {
        for (int len = Math.min(6, rest.length()); len >= 2; len--) {
            Optional<EntityType> t = gaz.quotedEnding(rest.substring(0, len));
            if (t.isPresent()) {
                return t.filter(x -> x == EntityType.FACILITY);
            }
        }
        return Optional.empty();
    }
}
