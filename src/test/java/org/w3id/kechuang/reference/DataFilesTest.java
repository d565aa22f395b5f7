package org.w3id.kechuang.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.rdf.KC;

/**
 * The data files under {@code src/main/resources/kechuang/} hold each fact once, say what they hold, and
 * name classes as the ontology does. A file's column header is its last comment line with tabs
 * ({@code # suffix	class	[hosted]}); a column headed {@code class} holds ontology class names.
 */
class DataFilesTest {
    private static final Path ROOT = Path.of("src", "main", "resources", "kechuang");
    private static Set<String> ontologyClasses;

    @BeforeAll
    static void readOntology() {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "kechuang.ttl").toString());
        ontologyClasses = ontology.listSubjectsWithProperty(RDF.type, OWL2.Class)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(KC.NS))
                .mapWith(Resource::getLocalName).toSet();
    }

    private static Map<String, List<String>> dataFiles() throws IOException {
        Map<String, List<String>> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(ROOT)) {
            for (Path p : paths.filter(p -> p.toString().matches(".*\\.(tsv|txt|jsonl)")).toList()) {
                files.put(ROOT.relativize(p).toString(), Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertTrue(files.size() >= 20, "expected the data files, found " + files.keySet());
        return files;
    }

    @Test
    void noFileRepeatsARow() throws IOException {
        List<String> problems = new ArrayList<>();
        dataFiles().forEach((name, lines) -> problems.addAll(duplicateRows(name, lines)));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRuleFileOpensWithAHeaderSayingWhatItHolds() throws IOException {
        dataFiles().forEach((name, lines) -> {
            if (!name.startsWith("data")) {
                assertTrue(!lines.isEmpty() && lines.get(0).startsWith("# "), name + " has no header comment");
            }
        });
    }

    @Test
    void everyClassNameIsAnOntologyClass() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var e : dataFiles().entrySet()) {
            List<String> found = unknownClasses(e.getKey(), e.getValue());
            problems.addAll(found);
            checked += classColumn(e.getValue()) >= 0 ? 1 : 0;
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked >= 6, "expected the files with a class column, checked " + checked);
    }

    @Test
    void aRepeatedRowAndAnUnknownClassAreCaught() {
        List<String> lines = List.of("# Suffixes and their class.", "# suffix\tclass", "研究所\tResearchInstitute",
                "司\tGOVERNMENT_BODY", "研究所\tResearchInstitute");
        assertEquals(List.of("x.tsv:5 repeats line 3: 研究所\tResearchInstitute"), duplicateRows("x.tsv", lines));
        assertEquals(List.of("x.tsv:4 class GOVERNMENT_BODY is not in the ontology"), unknownClasses("x.tsv", lines));
    }

    private static List<String> duplicateRows(String name, List<String> lines) {
        Map<String, Integer> first = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String row = lines.get(i).strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            Integer seen = first.putIfAbsent(row, i + 1);
            if (seen != null) {
                out.add(name + ":" + (i + 1) + " repeats line " + seen + ": " + row);
            }
        }
        return out;
    }

    private static List<String> unknownClasses(String name, List<String> lines) {
        int column = classColumn(lines);
        List<String> out = new ArrayList<>();
        for (int i = 0; column >= 0 && i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String cls = column < f.length ? f[column].strip() : "";
            if (!ontologyClasses.contains(cls)) {
                out.add(name + ":" + (i + 1) + " class " + cls + " is not in the ontology");
            }
        }
        return out;
    }

    /** The index of the column headed "class" in the file's column header, or -1. */
    private static int classColumn(List<String> lines) {
        List<String> header = lines.stream().filter(l -> l.startsWith("#") && l.contains("\t"))
                .reduce((a, b) -> b)
                .map(l -> Arrays.stream(l.substring(1).split("\t")).map(String::strip).collect(Collectors.toList()))
                .orElse(List.of());
        return header.indexOf("class");
    }
}
