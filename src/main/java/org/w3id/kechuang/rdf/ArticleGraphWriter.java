package org.w3id.kechuang.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.model.ArticleFacts;
import org.w3id.kechuang.model.Entity;
import org.w3id.kechuang.model.EntityType;
import org.w3id.kechuang.model.Fact;
import org.w3id.kechuang.model.Position;
import org.w3id.kechuang.resolve.ResolvedArticle;

/**
 * Turns one article's extraction into the article's named graph: the article's metadata, every entity
 * it mentions with its labels, events, positions, and each relation with its evidence as an RDF 1.2
 * reifier ({@code <<( s p o )>>}) that points back to the article, and what the linker found for linked
 * entities.
 */
public final class ArticleGraphWriter {

    /** The graph of facts no linker has seen. */
    public Graph write(ArticleFacts facts) {
        return write(ResolvedArticle.unlinked(facts));
    }

    /** The article's graph with its links (owl:sameAs, English labels, coordinates) on the linked entities. */
    public Graph write(ResolvedArticle resolved) {
        ArticleFacts facts = resolved.facts();
        Graph g = GraphFactory.createDefaultGraph();
        Article article = facts.article();
        Node art = uri(Iris.article(article.id()));
        writeArticle(g, art, article);

        Set<Entity> entities = new LinkedHashSet<>(facts.entities());
        facts.facts().forEach(f -> {
            entities.add(f.subject());
            entities.add(f.object());
        });
        facts.positions().forEach(p -> {
            entities.add(p.person());
            if (p.organization() != null) {
                entities.add(p.organization());
            }
        });
        for (Entity e : entities) {
            writeEntity(g, art, e);
        }
        for (Fact f : facts.facts()) {
            writeStatement(g, article.id(), art, uri(Iris.entity(f.subject())),
                    KC.prop(f.relation().property()).asNode(), uri(Iris.entity(f.object())), f.evidence());
        }
        for (Position p : facts.positions()) {
            writePosition(g, article.id(), art, p);
        }
        resolved.links().forEach((entity, link) -> LinkTriples.addTo(g, uri(Iris.entity(entity)), link));
        return g;
    }

    private void writeArticle(Graph g, Node art, Article a) {
        g.add(art, RDF.type.asNode(), KC.Article.asNode());
        g.add(art, KC.dctTitle.asNode(), zh(a.title()));
        if (a.issued() != null) {
            // ISO_OFFSET_DATE_TIME always writes seconds; toString() drops ":00", which xsd:dateTime requires.
            g.add(art, KC.dctIssued.asNode(), NodeFactory.createLiteralDT(
                    java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.issued()), XSDDatatype.XSDdateTime));
        }
        if (a.publisher() != null && !a.publisher().isBlank()) {
            g.add(art, KC.dctPublisher.asNode(), zh(a.publisher()));
        }
        String src = a.source() == null ? a.id() : a.source();
        g.add(art, KC.dctSource.asNode(), src.matches("(?i)https?://.*") ? uri(src) : NodeFactory.createLiteralString(src));
        for (String c : a.categories()) {
            g.add(art, KC.dctSubject.asNode(), zh(c));
        }
        if (a.editor() != null && !a.editor().isBlank()) {
            g.add(art, KC.schemaEditor.asNode(), zh(a.editor()));
        }
        for (String img : a.images()) {
            if (img.matches("(?i)https?://\\S+")) {
                g.add(art, KC.schemaImage.asNode(), uri(img));
            }
        }
    }

    private void writeEntity(Graph g, Node art, Entity e) {
        Node s = uri(Iris.entity(e));
        g.add(s, RDF.type.asNode(), KC.cls(e.type().className()).asNode());
        if (e.type() == EntityType.FIELD) {
            g.add(s, RDF.type.asNode(), KC.skosConcept.asNode());
        }
        g.add(s, RDFS.label.asNode(), zh(e.name()));
        for (String alt : e.altNames()) {
            g.add(s, KC.skosAltLabel.asNode(), zh(alt));
        }
        if (e.type().isEvent() && e.date() != null) {
            g.add(s, KC.date.asNode(), NodeFactory.createLiteralDT(e.date().toString(), XSDDatatype.XSDdate));
        }
        g.add(s, KC.mentionedIn.asNode(), art);
    }

    private void writePosition(Graph g, String articleId, Node art, Position p) {
        Node pos = uri(Iris.position(p));
        g.add(pos, RDF.type.asNode(), KC.Position.asNode());
        String orgName = p.organization() == null ? "" : p.organization().name();
        g.add(pos, RDFS.label.asNode(), zh(orgName + p.title()));
        g.add(pos, KC.title.asNode(), zh(p.title()));
        if (p.organization() != null) {
            g.add(pos, KC.organization.asNode(), uri(Iris.entity(p.organization())));
        }
        if (p.asOf() != null) {
            g.add(pos, KC.asOf.asNode(), NodeFactory.createLiteralDT(p.asOf().toString(), XSDDatatype.XSDdate));
        }
        g.add(pos, KC.mentionedIn.asNode(), art);
        writeStatement(g, articleId, art, uri(Iris.entity(p.person())), KC.holdsPosition.asNode(), pos, p.evidence());
    }

    /** The triple itself, and its reifier carrying the evidence sentence and the source article. */
    private static void writeStatement(Graph g, String articleId, Node art, Node s, Node p, Node o, String evidence) {
        g.add(s, p, o);
        Node reifier = uri(Iris.statement(articleId, s.getURI(), p.getURI(), o.getURI(), evidence));
        g.add(reifier, RDF.reifies.asNode(), NodeFactory.createTripleTerm(s, p, o));
        g.add(reifier, KC.evidence.asNode(), zh(evidence));
        g.add(reifier, KC.wasDerivedFrom.asNode(), art);
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, "zh");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
