package org.w3id.kechuang.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Relation;
import org.w3id.kechuang.nlp.Token;

/**
 * Focus: subject … 聚焦/专注/致力于 field[、field](等领域). The fields are the names in the list; a list closed by
 * 等领域/方向 (or 两大方向) also yields the fields the gazetteer does not know. The subject is the body (or meeting,
 * programme, place as actor) the clause is about, found in its clause or an earlier one ({@link ClauseSubjects});
 * with a person as the subject (李华长期聚焦…) or none, nothing is asserted.
 */
final class FocusExtractor implements RelationRule {

    /** The words and patterns of this rule: data, kechuang/rules/focusesOn.tsv. */
    private static final RuleFile RULES = RuleFile.of("focusesOn");
    private static final Pattern CLOSE = RULES.pattern("close");
    private static final Pattern ITEM = RULES.pattern("item");
    private static final String SEPARATORS = String.join("", RULES.words("separators"));
    private static final List<String> IN_FIELDS = RULES.words("in-fields");
    private static final Pattern IN_FIELDS_VERB = RULES.pattern("in-fields-verb");
    private static final Pattern IN_FIELDS_ITEM = RULES.pattern("in-fields-item");
    private static final String IN_FIELDS_SEPARATORS = String.join("", RULES.words("in-fields-separators"));

    @Override
    public Set<Discourse> requires() {
        return Set.of(Discourse.MEETING);
    }

    @Override
    public void apply(AnalyzedSentence s, ArticleContext ctx) {
        for (int i : Mentions.triggers(s, ctx.gaz, Gazetteer.Trigger.FOCUS)) {
            Token t = s.tokens().get(i);
            assertFocus(s, ctx, t.start(), fields(s, t.end(), false));
        }
        for (String word : IN_FIELDS) {
            for (int at = s.text().indexOf(word); at >= 0; at = s.text().indexOf(word, at + 1)) {
                assertFocus(s, ctx, at, fields(s, at + word.length(), true));
            }
        }
    }

    /** The subject of the clause before offset at works on the fields listed. */
    private static void assertFocus(AnalyzedSentence s, ArticleContext ctx, int at, List<Object> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Optional<Mention> subject = ClauseSubjects.before(s, at);
        if (subject.isEmpty()) {
            return;
        }
        EntityTable.Node node = subject.get().type() == EntityType.MEETING && ctx.gaz.isMeetingWord(
                subject.get().text()) ? ctx.currentMeeting : ctx.node(subject.get());
        if (node == null) {
            return;
        }
        for (Object f : fields) {
            EntityTable.Node field = f instanceof Mention m ? ctx.node(m)
                    : ctx.table.node(EntityType.FIELD, (String) f, null);
            ctx.table.fact(node, Relation.FOCUSES_ON, field, s.text());
        }
    }

    /**
     * The fields listed from offset: field mentions, or, when the list is closed by 等领域 and the like, each item
     * between the separators (a mention or a new field name). With closedOnly, only a closed list followed by a
     * verb of work (在A、B等领域取得…) counts.
     */
    private static List<Object> fields(AnalyzedSentence s, int from, boolean closedOnly) {
        List<Mention> known = Mentions.listAfter(s, from, 0, m -> m.type() == EntityType.FIELD);
        String text = s.text();
        int clauseEnd = s.clauseEnd(from);
        List<Object> items = new ArrayList<>();
        int pos = from;
        for (int i = from; i <= clauseEnd; i++) {
            boolean sep = i < clauseEnd && (closedOnly ? IN_FIELDS_SEPARATORS : SEPARATORS).indexOf(text.charAt(i)) >= 0;
            Matcher close = CLOSE.matcher(text.substring(i, clauseEnd));
            boolean closes = i > pos && close.find();
            if (!sep && !closes) {
                continue;
            }
            String item = text.substring(pos, i);
            int at = pos;
            int to = i;
            Optional<Mention> m = s.mentions().stream().filter(x -> x.start() == at && x.end() == at + item.length())
                    .findFirst();
            if (m.isPresent() && m.get().type() == EntityType.FIELD) {
                items.add(m.get());
            } else if ((closedOnly ? IN_FIELDS_ITEM : ITEM).matcher(item).matches() && m.isEmpty() && !item.contains("的")
                    && s.mentionsIn(at, to).stream().allMatch(x -> x.type() == EntityType.FIELD)
                    && s.mentions().stream().noneMatch(x -> x.start() < to && x.end() > to)
                    && !(!closedOnly && s.tokens().stream().anyMatch(x -> x.start() == at && x.tag().equals("v"))
                    && !s.mentionsIn(at, to).isEmpty())) {
                // 新型储能, 地理人工智能: a field the gazetteer knows only the tail of is a field of its own (but
                // 推动人工智能 is a verb phrase; after 在, a list closed by 等领域 holds no verb phrases).
                items.add(item);
            } else {
                return closedOnly ? List.of() : new ArrayList<>(known);
            }
            if (closes) {
                return !closedOnly || IN_FIELDS_VERB.matcher(text.substring(i + close.end(), clauseEnd)).find()
                        ? items : List.of();
            }
            pos = i + 1;
        }
        return closedOnly ? List.of() : new ArrayList<>(known);
    }
}
