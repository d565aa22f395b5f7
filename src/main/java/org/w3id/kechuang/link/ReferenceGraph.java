package org.w3id.kechuang.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.rdf.Iris;
import org.w3id.kechuang.rdf.KC;
import org.w3id.kechuang.rdf.LinkTriples;
import org.w3id.kechuang.resolve.EntityLinker;
import org.w3id.kechuang.resolve.Link;
import org.w3id.kechuang.resolve.LinkContext;
import org.w3id.kechuang.store.KgStore;
import org.w3id.kechuang.store.QueryRunner;
import org.w3id.kechuang.store.StoreException;

/**
 * Facts that come from the reference data rather than from an article, for the entities the article
 * graphs mention: the province or municipality a linked place lies in ({@code kc:locatedIn}) and the
 * organisation a linked organisation is part of by its ROR parent relation ({@code kc:partOf}).
 *
 * <p>They live in their own named graph, {@link KC#REFERENCE_GRAPH}, which says where it was derived
 * from: article graphs hold only what articles state, each relation with its evidence sentence, and
 * these facts have no sentence. Each parent is described there too (class, labels, links), so that one
 * no article mentions is an entity like the others. A first build (and {@code kechuang link}) makes the
 * graph whole from the store; a build into a store that holds articles adds only what its new articles'
 * entities give, so that adding a few articles costs what they add, not what the store holds.
 */
public final class ReferenceGraph {
    private final EntityLinker linker;

    public ReferenceGraph(EntityLinker linker) {
        this.linker = linker;
    }

    public static ReferenceGraph standard() {
        return new ReferenceGraph(EntityLinker.standard());
    }

    /** Rebuilds the reference graph of the store from its article graphs; returns its triple count. */
    public long refresh(KgStore store) throws StoreException {
        Graph g = build(store, List.of());
        store.replaceGraphs(Map.of(KC.REFERENCE_GRAPH, g));
        return g.size();
    }

    /**
     * Adds to the reference graph what the entities of the given article graphs give. Facts of entities
     * whose articles were since replaced stay until the next {@link #refresh}: they still hold of the
     * entity, as the reference data says.
     */
    public void update(KgStore store, Collection<String> articleGraphs) throws StoreException {
        if (!articleGraphs.isEmpty()) {
            store.addToGraph(KC.REFERENCE_GRAPH, build(store, articleGraphs));
        }
    }

    /** The reference facts of the entities of {@code articleGraphs}, or of every article graph if empty. */
    Graph build(KgStore store, Collection<String> articleGraphs) throws StoreException {
        Graph g = GraphFactory.createDefaultGraph();
        Node self = uri(KC.REFERENCE_GRAPH);
        g.add(self, KC.wasDerivedFrom.asNode(), uri(KC.PLACES_DATA));
        g.add(self, KC.wasDerivedFrom.asNode(), uri(KC.ROR_DATA));
        String scope = scope(articleGraphs);
        Map<String, LinkContext> contexts = contexts(store, scope);
        Set<String> described = new HashSet<>();
        for (StoredEntity e : linkedEntities(store, scope)) {
            Entity entity = Entity.of(e.type(), e.label());
            // Linked as in its article: some names were told apart by the article's other places.
            Optional<Link> link = Optional.ofNullable(
                    linker.resolve(entity, contexts.getOrDefault(e.graph(), LinkContext.NONE)).link());
            if (link.isEmpty()) {
                continue;
            }
            Optional<Entity> parent = Optional.empty();
            Optional<Link> parentLink = Optional.empty();
            if (e.type() == EntityType.PLACE && link.get().parentPlace() != null) {
                parentLink = linker.link(Entity.of(EntityType.PLACE, link.get().parentPlace()));
                parent = parentLink.map(l -> Entity.of(EntityType.PLACE, l.canonicalName()));
                parent.ifPresent(p -> g.add(uri(e.iri()), KC.locatedIn.asNode(), uri(Iris.entity(p))));
            } else if (e.type().isOrganization() || e.type() == EntityType.FACILITY) {
                parentLink = linker.rorParent(link.get());
                parent = parentLink.map(l -> {
                    EntityType t = linker.rorClass(l, l.canonicalName());
                    return Entity.of(t != null && t.isOrganization() ? t : EntityType.ORGANIZATION, l.canonicalName());
                });
                parent.ifPresent(p -> g.add(uri(e.iri()), KC.partOf.asNode(), uri(Iris.entity(p))));
            }
            // Every parent is described here, mentioned by an article or not: the graph is then the same
            // whatever order the articles came in.
            if (parent.isPresent() && described.add(Iris.entity(parent.get()))) {
                describe(g, parent.get(), parentLink.get());
            }
        }
        return g;
    }

    /** A parent that no article mentions: class, Chinese label and links, as an article graph has them. */
    private static void describe(Graph g, Entity parent, Link link) {
        Node n = uri(Iris.entity(parent));
        g.add(n, RDF.type.asNode(), KC.cls(parent.type().className()).asNode());
        g.add(n, RDFS.label.asNode(), NodeFactory.createLiteralLang(parent.name(), "zh"));
        LinkTriples.addTo(g, n, link);
    }

    /** An entity of an article graph that links to other data (a link, or a place's English name). */
    private record StoredEntity(String graph, String iri, EntityType type, String label) {}

    /** A VALUES clause limiting ?g to the given graphs; nothing for all article graphs. */
    private static String scope(Collection<String> graphs) {
        return graphs.isEmpty() ? ""
                : graphs.stream().map(g -> "<" + g + ">").collect(Collectors.joining(" ", "VALUES ?g { ", " }"));
    }

    private static List<StoredEntity> linkedEntities(KgStore store, String scope) throws StoreException {
        List<StoredEntity> out = new ArrayList<>();
        for (QuerySolution r : QueryRunner.select(store, """
                SELECT DISTINCT ?g ?e ?c ?label WHERE { %s
                  GRAPH ?g { ?e a ?c ; rdfs:label ?label . FILTER(lang(?label) = "zh")
                    FILTER EXISTS { { ?e owl:sameAs ?link } UNION { ?e geo:lat ?lat } } }
                  FILTER(STRSTARTS(STR(?g), STR(art:)))
                } ORDER BY ?e ?g""".formatted(scope))) {
            Resource c = r.getResource("c");
            EntityType t = c.getURI().startsWith(KC.NS) ? EntityType.byClassName(c.getLocalName()) : null;
            if (t != null) {
                out.add(new StoredEntity(r.getResource("g").getURI(), r.getResource("e").getURI(), t,
                        r.getLiteral("label").getLexicalForm()));
            }
        }
        return out;
    }

    /** Per article graph, the context its places give. */
    private Map<String, LinkContext> contexts(KgStore store, String scope) throws StoreException {
        Map<String, List<Entity>> places = new java.util.HashMap<>();
        for (QuerySolution r : QueryRunner.select(store, """
                SELECT DISTINCT ?g ?label WHERE { %s
                  GRAPH ?g { ?e a kc:Place ; rdfs:label ?label . FILTER(lang(?label) = "zh") }
                  FILTER(STRSTARTS(STR(?g), STR(art:)))
                }""".formatted(scope))) {
            places.computeIfAbsent(r.getResource("g").getURI(), k -> new ArrayList<>())
                    .add(Entity.of(EntityType.PLACE, r.getLiteral("label").getLexicalForm()));
        }
        Map<String, LinkContext> out = new java.util.HashMap<>();
        places.forEach((g, p) -> out.put(g, linker.contextOf(p)));
        return out;
    }


    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
