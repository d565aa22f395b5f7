package org.w3id.kechuang.extract;

import static org.w3id.kechuang.extract.SentenceDraft.add;

import java.util.List;
import java.util.Optional;
import org.w3id.kechuang.nlp.Token;

/**
 * Words that refer back to a named organisation or facility: a bare suffix word opening a clause or after a
 * demonstrative (实验室将聚焦…, 该装置位于…, 新研究院由…组建) and words such as 学校. They get no canonical name here;
 * the article decides what they stand for ({@link AliasResolver}), or they are dropped.
 */
final class ReferenceFinder {

    private final Gazetteer gaz;

    ReferenceFinder(Gazetteer gaz) {
        this.gaz = gaz;
    }

    void find(SentenceDraft d) {
        List<Token> tokens = d.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (d.owner[i] != null || d.isTitle[i]) {
                continue;
            }
            Optional<EntityType> type = referenceType(t.text());
            if (type.isEmpty() || !opensClause(tokens, i)) {
                continue;
            }
            add(new Mention(t.text(), type.get(), t.start(), t.end(), null, null), tokens, d.owner, d.found);
        }
    }

    /** The class a referring word stands for, if it is one. */
    Optional<EntityType> referenceType(String word) {
        Optional<EntityType> listed = gaz.referenceWord(word);
        if (listed.isPresent()) {
            return listed;
        }
        if (word.length() < 2 || !gaz.isSuffix(word) || gaz.isMeetingWord(word) || gaz.localBody(word).isPresent()) {
            return Optional.empty();
        }
        return gaz.suffixType(word).filter(x -> x.isOrganization() || x == EntityType.FACILITY);
    }

    private boolean opensClause(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        if (prev.isPunctuation() && !prev.text().equals("“") && !prev.text().equals("《")) {
            return true;
        }
        return gaz.isDemonstrative(prev.text()) && (i == 1 || tokens.get(i - 2).isPunctuation());
    }
}
