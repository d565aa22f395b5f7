package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;

/** Seed 002: newspaper PDF text hard-wrapped at ~20 characters, re-joined into paragraphs. */
class PdfTextReaderTest {

    private final PdfTextReader reader = new PdfTextReader();

    private Article read002() throws Exception {
        String text = Files.readString(SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S002));
        return reader.read("002", "002.txt", text);
    }

    @Test
    void wordsAndNamesCutByTheWrapAreWholeAgain() throws Exception {
        String body = read002().body();
        for (String joined : List.of("国家主席", "张江科学城", "丁奎岭", "全球影响力", "2024年", "高水平科技自立自强")) {
            assertTrue(body.contains(joined), joined);
        }
    }

    @Test
    void paragraphsAreRealParagraphsNotWrappedLines() throws Exception {
        List<String> paragraphs = read002().paragraphs();
        assertTrue(paragraphs.size() >= 10 && paragraphs.size() <= 20, paragraphs.size() + " paragraphs");
        for (String p : paragraphs) {
            boolean heading = p.length() <= 12 && !LineWidth.endsSentence(p);
            assertTrue(heading || LineWidth.endsSentence(p), "paragraph cut mid-sentence: " + p);
            assertTrue(heading || p.length() > 40, "wrapped fragment left alone: " + p);
        }
        assertTrue(paragraphs.get(0).startsWith("11月28日下午，中共中央总书记、国家主席、中央军委主席习近平"));
        assertTrue(paragraphs.get(0).endsWith("创造良好条件。"));
    }

    @Test
    void headingsStandAlone() throws Exception {
        List<String> paragraphs = read002().paragraphs();
        for (String heading : List.of("大力激发科技创新活力", "培育壮大战略科技力量", "开辟赛道突破核心技术")) {
            int at = paragraphs.indexOf(heading);
            assertTrue(at > 0, heading + " is not its own paragraph");
            assertTrue(LineWidth.endsSentence(paragraphs.get(at - 1)));
        }
        assertTrue(paragraphs.get(paragraphs.indexOf("大力激发科技创新活力") + 1).startsWith("加快建设“五个中心”"));
    }

    @Test
    void detectsWrappedColumnsButNotOrdinaryText() throws Exception {
        assertTrue(reader.accepts(Files.readString(SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S002))));
        assertFalse(reader.accepts(Files.readString(SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S003))));
        assertFalse(reader.accepts(Files.readString(SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S000))));
        assertFalse(reader.accepts("标题\n\n第一段正文，内容比较长一些，描述了事件的经过。\n\n第二段。\n"));
    }

    @Test
    void aWrappedTextWithoutHeadingTakesItsFirstSentenceAsTitle() throws Exception {
        String text = String.join("\n\n",
                "研究团队近日在国际期刊发表论文，报",
                "道了一种新型催化剂的合成方法。该方",
                "法成本低廉，可在常温常压下进行，有",
                "望用于大规模工业生产。团队负责人表",
                "示，将开展中试。",
                "专家认为，这一成果为绿色化工提供了",
                "新思路，具有重要的应用价值和推广前",
                "景，值得进一步关注和支持。");
        assertTrue(reader.accepts(text));
        Article a = reader.read("x", "x.txt", text);
        assertEquals("研究团队近日在国际期刊发表论文，报道了一种新型催化剂的合成方法", a.title());
        assertEquals(2, a.paragraphs().size(), a.body());
    }
}
