package org.w3id.kechuang.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.kechuang.rdf.Ontology;
import org.w3id.kechuang.store.GraphValidator;
import org.w3id.kechuang.store.KgStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the article graphs and the reference graph against the SHACL shapes (ontology/shapes.ttl",
                "and the relations' domain and range shapes made from the model).",
                "Prints each violation and a count per shape; exit code 1 when there are violations."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other shapes (default: the shipped ontology/shapes.ttl and the relation shapes).")
    Path shapesFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var shapes = Ontology.shapes();
        if (shapesFile != null) {
            if (!Files.isRegularFile(shapesFile)) {
                throw new UserError("no such shapes file: " + shapesFile);
            }
            try {
                shapes = RDFParser.source(shapesFile).toGraph();
            } catch (RiotException e) {
                throw new UserError("cannot parse shapes file " + shapesFile + ": " + e.getMessage());
            }
        }
        try (KgStore kg = store.openExisting()) {
            if (!kg.hasArticles()) {
                throw new UserError("the store " + store.dir + " holds no articles: run `kechuang build` first");
            }
            ValidationReport report = new GraphValidator(shapes).validate(kg);
            GraphValidator.print(report, spec.commandLine().getOut());
            return report.conforms() ? 0 : 1;
        }
    }
}
