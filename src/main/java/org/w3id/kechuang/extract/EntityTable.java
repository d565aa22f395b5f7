package org.w3id.kechuang.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;
import org.w3id.kechuang.model.Relation;

/**
 * The entities of one article while it is being read: one node per real thing, collecting every name seen for
 * it, and the facts and positions between nodes. {@link #build} turns them into the immutable records at the
 * end, when every alternative name is known.
 */
final class EntityTable {

    /** A mutable entity under construction. */
    static final class Node {
        EntityType type;
        final String name;
        final Set<String> alts = new LinkedHashSet<>();
        LocalDate date;

        Node(EntityType type, String name, LocalDate date) {
            this.type = type;
            this.name = name;
            this.date = date;
        }

        String key() {
            return type.family() + "|" + name + (type.isEvent() && date != null ? "|" + date : "");
        }
    }

    private record RawFact(Node s, Relation r, Node o, String evidence) {
    }

    private record RawPosition(Node person, String title, Node org, String evidence) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<RawFact> facts = new ArrayList<>();
    private final List<RawPosition> positions = new ArrayList<>();

    /** The node for a resolved mention, created on first sight; the mention's text becomes an alt name. */
    Node node(Mention m) {
        Node n = node(m.type(), m.canonical(), null);
        n.alts.add(m.text());
        return n;
    }

    Node node(EntityType type, String name, LocalDate date) {
        Node probe = new Node(type, name, date);
        Node n = nodes.get(probe.key());
        if (n == null) {
            nodes.put(probe.key(), probe);
            return probe;
        }
        // A more specific organisation class refines a generic one (same family, same IRI).
        if (n.type == EntityType.ORGANIZATION && type.isOrganization()) {
            n.type = type;
        }
        return n;
    }

    /** An event node with this name, whatever its date, or null. */
    Node findEvent(String name) {
        for (Node n : nodes.values()) {
            if (n.type.isEvent() && n.name.equals(name)) {
                return n;
            }
        }
        return null;
    }

    void fact(Node s, Relation r, Node o, String evidence) {
        if (s == o) {
            return;
        }
        RawFact f = new RawFact(s, r, o, evidence);
        if (!facts.contains(f)) {
            facts.add(f);
        }
    }

    void position(Node person, String title, Node org, String evidence) {
        for (int i = 0; i < positions.size(); i++) {
            RawPosition p = positions.get(i);
            if (p.person() == person && p.title().equals(title)) {
                if (p.org() == null && org != null) {
                    positions.set(i, new RawPosition(person, title, org, evidence));
                }
                return;
            }
        }
        positions.add(new RawPosition(person, title, org, evidence));
    }

    /** Whether the person already holds a post whose title is longer and ends with this one (党委书记 for 书记). */
    boolean holdsLonger(Node person, String title) {
        return positions.stream().anyMatch(p -> p.person() == person && p.title().length() > title.length()
                && p.title().endsWith(title));
    }

    /** The organisation a person's first stated post is held in, or null. */
    Node organisationOf(Node person) {
        for (RawPosition p : positions) {
            if (p.person() == person && p.org() != null && p.org().type.isOrganization()) {
                return p.org();
            }
        }
        return null;
    }

    ArticleFactsParts build(LocalDate asOf) {
        Map<Node, Entity> done = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            done.put(n, new Entity(n.type, n.name, n.alts, n.date));
        }
        List<Fact> fs = new ArrayList<>();
        Set<Node> used = new LinkedHashSet<>();
        for (RawFact f : facts) {
            fs.add(new Fact(done.get(f.s()), f.r(), done.get(f.o()), f.evidence()));
            used.add(f.s());
            used.add(f.o());
        }
        List<Position> ps = new ArrayList<>();
        for (RawPosition p : positions) {
            ps.add(new Position(done.get(p.person()), p.title(), p.org() == null ? null : done.get(p.org()), asOf,
                    p.evidence()));
        }
        return new ArticleFactsParts(List.copyOf(done.values()), fs, ps);
    }

    record ArticleFactsParts(List<Entity> entities, List<Fact> facts, List<Position> positions) {
    }
}
