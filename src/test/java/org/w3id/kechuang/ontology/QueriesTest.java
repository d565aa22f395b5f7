package org.w3id.kechuang.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The example queries of {@code queries/}: each says its question, parses, and answers on a sample graph. */
class QueriesTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() {
        dataset = Fixtures.endpointLike(Fixtures.VALID);
    }

    @AfterAll
    static void close() {
        dataset.close();
    }

    private static List<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
    }

    private static List<QuerySolution> run(Path file) throws IOException {
        Query q = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8), Syntax.syntaxARQ);
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    @Test
    void thereAreAtLeastTenQueries() throws IOException {
        assertTrue(queryFiles().size() >= 10, "queries: " + queryFiles());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryStatesItsQuestionParsesAndAnswers() throws IOException {
        return queryFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            assertTrue(first.matches("# Question: \\S.*\\?"), "first line must be '# Question: …?': " + first);
            // Standard SPARQL 1.2 as Jena reads it, so the Fuseki UI and other clients accept it.
            Query q = QueryFactory.create(text);
            assertTrue(q.isSelectType(), file + " is a SELECT query");
            assertFalse(run(file).isEmpty(), file + " returned no rows on the sample graph");
        }));
    }

    private static Set<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(n -> n != null)
                .map(n -> n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString())
                .collect(Collectors.toSet());
    }

    @Test
    void visitsComeWithTheirDates() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("01-visits.rq"));
        assertEquals(Set.of("李政道研究所", "长三角国家技术创新中心"), column(rows, "siteName"));
        assertEquals(Set.of("2022-02-21"), column(rows, "date"));
    }

    @Test
    void zhangjiangIncludesThingsLocatedThereTransitively() throws IOException {
        Set<String> names = column(run(Fixtures.QUERIES.resolve("03-located-in-zhangjiang.rq")), "thingName");
        assertTrue(names.contains("长三角国家技术创新中心"), names.toString());
        assertTrue(names.contains("张江"), names.toString());
        assertFalse(names.contains("上海市"), names.toString());
    }

    @Test
    void positionsAreOrderedByDate() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("04-positions-of-person.rq"));
        List<String> titles = rows.stream().map(r -> r.getLiteral("title").getString()).collect(Collectors.toList());
        assertEquals(List.of("书记", "总理"), titles);
        assertEquals("上海市委", rows.get(0).getLiteral("organizationName").getString());
    }

    @Test
    void meetingsListTheirChairAndAttendees() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("05-meeting-participants.rq"));
        Set<String> pairs = rows.stream()
                .map(r -> r.getLiteral("role").getString() + ":" + r.getLiteral("participantName").getString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("chair:龚正", "attendee:阴和俊", "attendee:科技部"), pairs);
    }

    @Test
    void everyReifiedFactHasItsSentenceAndArticle() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("06-evidence.rq"));
        long reifiers = dataset.calculateRead(() -> ResultSetFormatter.consume(QueryExecution.dataset(dataset)
                .query("SELECT ?r WHERE { ?r <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> ?t }")
                .select()));
        assertEquals(reifiers, rows.size());
        QuerySolution chaired = rows.stream().filter(r -> r.getLiteral("relation").getString().equals("chaired"))
                .findFirst().orElseThrow();
        assertEquals("龚正", chaired.getLiteral("subjectName").getString());
        assertEquals("上海市委副书记、市长龚正主持会议。", chaired.getLiteral("evidence").getString());
        assertEquals("部市共建上海国际科技创新中心工作推进会举行", chaired.getLiteral("articleTitle").getString());
    }

    @Test
    void reifiedTripleSyntaxFindsTheEvidenceOfOneRelation() {
        // SPARQL 1.2 as Jena 5.6 reads it: << s p o >> stands for the reifier of that triple.
        String q = """
                PREFIX kc: <https://w3id.org/kechuang/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?o ?ev ?art WHERE {
                  << <https://w3id.org/kechuang/resource/person/李强> kc:visited ?o >> kc:evidence ?ev ;
                                                                         prov:wasDerivedFrom ?art .
                }""";
        List<QuerySolution> rows = dataset.calculateRead(() -> {
            List<QuerySolution> out = new ArrayList<>();
            QueryExecution.dataset(dataset).query(q).select().forEachRemaining(out::add);
            return out;
        });
        assertEquals(2, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.getResource("art").getURI()
                .equals("https://w3id.org/kechuang/article/000_visit")));
        assertTrue(rows.get(0).getLiteral("ev").getString().startsWith("市委书记李强"));
    }

    @Test
    void externalLinksNameTheirDataset() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("08-external-links.rq"));
        Set<String> seen = rows.stream()
                .map(r -> r.getLiteral("name").getString() + " " + r.getLiteral("dataset").getString())
                .collect(Collectors.toSet());
        assertTrue(seen.containsAll(Set.of("上海交通大学 ROR", "上海交通大学 Wikidata", "浦东新区 Wikidata")), seen.toString());
        RDFNode lat = rows.stream().filter(r -> r.getLiteral("name").getString().equals("浦东新区"))
                .findFirst().orElseThrow().get("lat");
        assertEquals("31.0748939", lat.asLiteral().getLexicalForm());
    }

    @Test
    void articlesCountOnlyTheirOwnGraph() throws IOException {
        List<QuerySolution> rows = run(Fixtures.QUERIES.resolve("11-articles.rq"));
        assertEquals(2, rows.size());
        long total = rows.stream().mapToLong(r -> r.getLiteral("triples").getLong()).sum();
        long articleTriples = Fixtures.read(Fixtures.VALID).stream().count();
        assertEquals(articleTriples, total);
    }
}
