package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;

class FrontMatterReaderTest {

    private final FrontMatterReader reader = new FrontMatterReader();

    @Test
    void markdownBodyWithIsoDateAndOffset() throws Exception {
        String text = "\n\n---\n"
                + "title: 研究院与企业共建联合实验室\n"
                + "date: 2023-11-02T10:15:00+08:00\n"
                + "publisher: 科技日报\n"
                + "categories: 科技\n"
                + "---\n\n"
                + "## 合作聚焦新材料\n\n"
                + "研究院与本地企业签署协议，共建[联合实验室](https://example.cn/lab)，\n聚焦新型储能材料。\n\n"
                + "![现场](https://example.cn/a.jpg)\n\n"
                + "**编辑：李四**\n";
        assertTrue(reader.accepts(text));
        Article a = reader.read("m", "m.md", text);
        assertEquals("研究院与企业共建联合实验室", a.title());
        assertEquals(OffsetDateTime.parse("2023-11-02T10:15:00+08:00"), a.issued());
        assertEquals("科技日报", a.publisher());
        assertEquals(List.of("科技"), a.categories());
        assertEquals(List.of("https://example.cn/a.jpg"), a.images());
        assertEquals("李四", a.editor());
        assertEquals(List.of("合作聚焦新材料", "研究院与本地企业签署协议，共建联合实验室，聚焦新型储能材料。"), a.paragraphs());
    }

    @Test
    void onlyAFrontMatterBlockIsAccepted() {
        assertFalse(reader.accepts("标题\n---\n正文"));
        assertFalse(reader.accepts("<html><body>---</body></html>"));
        assertFalse(reader.accepts("---\n就是一条横线\n---\n正文"));
    }

    @Test
    void brokenYamlIsOneLine() {
        String text = "---\ntitle: [未闭合\ndate: x\n---\n<p>正文。</p>\n";
        ReadException e = assertThrows(ReadException.class, () -> reader.read("b", "b.md", text));
        assertTrue(e.getMessage().startsWith("bad YAML front matter in b.md"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
