package org.w3id.kechuang.extract;

import org.w3id.kechuang.read.DateResolver;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the relation rules share while reading one article: the entity table they write to, the article's date
 * and dominant city, and the little discourse state that carries across sentences (the meeting being reported,
 * the last visit, the last speaker and the last organisation that was a sentence subject).
 */
final class ArticleContext {

    final Gazetteer gaz;
    final EntityTable table;
    final LocalDate articleDate;
    /** The city and province the article is mostly about (上海市), either may be null. */
    final AliasResolver.DominantPlaces dominant;

    EntityTable.Node currentMeeting;
    EntityTable.Node lastVisit;
    EntityTable.Node lastVisitor;
    List<EntityTable.Node> lastVisitSites = List.of();
    EntityTable.Node lastSpeaker;
    EntityTable.Node lastSubjectOrg;

    ArticleContext(Gazetteer gaz, EntityTable table, LocalDate articleDate, AliasResolver.DominantPlaces dominant) {
        this.gaz = gaz;
        this.table = table;
        this.articleDate = articleDate;
        this.dominant = dominant;
    }

    /** The date of an event told in this sentence: the date it states, else the article's date. */
    LocalDate eventDate(String sentence) {
        return DateResolver.firstDate(sentence, articleDate).orElse(articleDate);
    }

    /** Organisations named so far, the most recently named last: what a bare 中心 or 实验室 refers back to. */
    final List<EntityTable.Node> recentOrgs = new java.util.ArrayList<>();

    /** How often each organisation has been named so far. */
    final java.util.Map<EntityTable.Node, Integer> orgMentions = new java.util.HashMap<>();

    void namedOrg(EntityTable.Node org) {
        recentOrgs.remove(org);
        recentOrgs.add(org);
        orgMentions.merge(org, 1, Integer::sum);
    }

    EntityTable.Node lastSupporter;
    int lastSupporterParagraph = -10;

    /** The date of the last visit or meeting told, which an undated later visit (会后，…参观) shares. */
    LocalDate lastEventDate;
    /** The organisation a paragraph is about (its first sentence's subject), for visits told by 听取…介绍. */
    int topicParagraph = -1;
    Mention paragraphTopic;
    /** Canonical names mentioned so far in the current paragraph. */
    final Set<String> paragraphNames = new HashSet<>();

    /**
     * The date of a visit told in this sentence: the date it states, else the date of the event told before it
     * (仪式后，…来到), else the article's date.
     */
    LocalDate visitDate(String sentence) {
        return DateResolver.firstDate(sentence, articleDate).or(() -> Optional.ofNullable(lastEventDate))
                .orElse(articleDate);
    }

    /** The node of a mention; an event mention is the event of that name already told of, if any. */
    EntityTable.Node node(Mention m) {
        if (m.type().isEvent()) {
            EntityTable.Node known = table.findEvent(m.canonical());
            if (known != null) {
                known.alts.add(m.text());
                return known;
            }
        }
        return table.node(m);
    }
}
