package org.w3id.kechuang.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3id.kechuang.build.Input;
import org.w3id.kechuang.build.InputReading;
import org.w3id.kechuang.build.Inputs;
import org.w3id.kechuang.model.Article;
import org.w3id.kechuang.read.ReadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = {"Prints each input as the extractor sees it: one JSON object a line with its id, title,",
                "publication date, publisher, source and paragraphs (page furniture already removed).",
                "Nothing is stored. Inputs that cannot be read are reported on standard error (exit code 1)."})
final class ReadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders (recursively) or http(s) URLs.")
    List<String> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = new ObjectMapper();
        int unread = 0;
        for (Input input : Inputs.expand(inputs).toList()) {
            try {
                out.println(json.writeValueAsString(describe(InputReading.read(input))));
            } catch (ReadException e) {
                err.println("skipped: " + e.getMessage());
                unread++;
            }
        }
        out.flush();
        err.flush();
        return unread == 0 ? 0 : 1;
    }

    private static Map<String, Object> describe(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("issued", a.issued() == null ? null : a.issued().toString());
        m.put("publisher", a.publisher());
        m.put("editor", a.editor());
        m.put("source", a.source());
        m.put("paragraphs", a.paragraphs());
        return m;
    }
}
