package org.w3id.kechuang.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;

/**
 * The resolve step, between extraction and the graph writer: links each entity of an article, gives a
 * linked entity the record's Chinese name as its canonical name (its other names become alt names), so
 * that one thing gets one IRI in every article, refines a generic organisation's class by its ROR type,
 * and merges entities that link to the same record. Facts and positions are rewritten to match.
 *
 * <p>Thread-safe: it holds only the immutable linker.
 */
public final class ArticleResolver {
    private final EntityLinker linker;

    public ArticleResolver(EntityLinker linker) {
        this.linker = linker;
    }

    public static ArticleResolver standard() {
        return new ArticleResolver(EntityLinker.standard());
    }

    public ResolvedArticle resolve(ArticleFacts facts) {
        Set<Entity> all = entitiesOf(facts);
        LinkContext context = linker.contextOf(all);

        // Link and rename each entity; group those that denote one record.
        Map<Entity, Link> links = new LinkedHashMap<>();
        Map<String, List<Entity>> groups = new LinkedHashMap<>();
        for (Entity e : all) {
            Resolution r = linker.resolve(e, context);
            String group = e.key();
            if (r.isLinked()) {
                links.put(e, r.link());
                group = e.type().family() + "|" + r.link().identity();
            }
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(e);
        }
        Map<Entity, Entity> replacement = new LinkedHashMap<>();
        Map<Entity, Link> resolvedLinks = new LinkedHashMap<>();
        for (List<Entity> group : groups.values()) {
            Link link = links.get(group.get(0));
            Entity merged = link == null ? group.get(0) : merge(group, link, facts);
            group.forEach(e -> replacement.put(e, merged));
            if (link != null) {
                resolvedLinks.put(merged, link);
            }
        }
        return new ResolvedArticle(rewrite(facts, replacement), resolvedLinks);
    }

    /** One entity for a group that links to one record: the record's name, every name seen, one class. */
    private Entity merge(List<Entity> group, Link link, ArticleFacts facts) {
        Set<String> names = new LinkedHashSet<>();
        EntityType type = null;
        for (Entity e : group) {
            names.add(e.name());
            names.addAll(e.altNames());
            if (type == null || type == EntityType.ORGANIZATION) {
                type = e.type();
            }
        }
        String name = link.canonicalName() == null ? group.get(0).name() : link.canonicalName();
        if (type == EntityType.PLACE) {
            name = linker.placeName(link, names);
        }
        if (type == EntityType.ORGANIZATION) {
            type = refined(group, link, name, facts);
        }
        names.remove(name);
        return new Entity(type, name, names, group.get(0).date());
    }

    /**
     * A generic organisation's class from its ROR type, when the new class fits every role the entity
     * plays in the article by the schema (Relation domains and ranges): a facility holds no posts and
     * supports nothing.
     */
    private EntityType refined(List<Entity> group, Link link, String name, ArticleFacts facts) {
        EntityType t = linker.rorClass(link, name);
        if (t == null) {
            return EntityType.ORGANIZATION;
        }
        if (t.isOrganization()) {
            return t;
        }
        Set<Entity> members = Set.copyOf(group);
        boolean fits = facts.positions().stream().noneMatch(p -> members.contains(p.organization()))
                && facts.facts().stream().allMatch(f ->
                (!members.contains(f.subject()) || f.relation().domain().contains(t.className()))
                        && (!members.contains(f.object()) || f.relation().range().contains(t.className())));
        return fits ? t : EntityType.ORGANIZATION;
    }

    private static Set<Entity> entitiesOf(ArticleFacts facts) {
        Set<Entity> all = new LinkedHashSet<>(facts.entities());
        for (Fact f : facts.facts()) {
            all.add(f.subject());
            all.add(f.object());
        }
        for (Position p : facts.positions()) {
            all.add(p.person());
            if (p.organization() != null) {
                all.add(p.organization());
            }
        }
        return all;
    }

    /** The facts over the replaced entities; a fact that merging turned into a loop is dropped. */
    private static ArticleFacts rewrite(ArticleFacts facts, Map<Entity, Entity> by) {
        List<Entity> entities = facts.entities().stream().map(by::get).distinct().toList();
        List<Fact> rewritten = facts.facts().stream()
                .map(f -> new Fact(by.get(f.subject()), f.relation(), by.get(f.object()), f.evidence()))
                .filter(f -> !f.subject().key().equals(f.object().key()))
                .distinct().toList();
        List<Position> positions = facts.positions().stream()
                .map(p -> new Position(by.get(p.person()), p.title(),
                        p.organization() == null ? null : by.get(p.organization()), p.asOf(), p.evidence()))
                .distinct().toList();
        return new ArticleFacts(facts.article(), entities, rewritten, positions);
    }
}
