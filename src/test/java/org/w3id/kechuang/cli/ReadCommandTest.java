package org.w3id.kechuang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kechuang read}: what the extractor will see, one JSON line per input, nothing stored. */
class ReadCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEachArticleAsTheExtractorSeesIt() throws Exception {
        Path page = Files.writeString(dir.resolve("page.txt"), String.join("\n",
                "首页 > 新闻中心 > 科技动态",
                "某省科技厅调研某研究院",
                "发布时间：2023-03-11 09:30 来源：某省科技厅",
                "3月10日，某省科技厅负责人到某研究院调研，听取研究院建设情况汇报，并与科研人员座谈。",
                "版权所有 某省科技厅"));
        Cli r = Cli.run("read", page.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, r.exit(), "an input that cannot be read is reported: " + r.err());
        assertTrue(r.err().contains("missing.txt"), r.err());
        List<String> lines = r.out().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.out());
        JsonNode a = new ObjectMapper().readTree(lines.get(0));
        assertEquals("page", a.get("id").asText());
        assertEquals("某省科技厅调研某研究院", a.get("title").asText());
        assertTrue(a.get("issued").asText().startsWith("2023-03-11T09:30"), a.toString());
        assertEquals(1, a.get("paragraphs").size(), "breadcrumb and copyright are not text: " + a);
    }
}
