package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kechuang.model.Article;

/** Each seed article read end to end from its file: reader chosen, metadata, paragraphs, no furniture. */
class SeedArticlesTest {

    static final Path SEEDS = Path.of("seeds");
    static final String S000 = "000_17d06b560a14b091.txt";
    static final String S001 = "001_1d8ea9cfa81e6d7f.txt";
    static final String S002 = "002_796d7d15a6c68fce.txt";
    static final String S003 = "003_2d8b69315731fb98.txt";
    static final String S004 = "004_62484c7d5e284032.txt";

    static Article seed(String name) throws ReadException {
        return ArticleReaders.read(SEEDS.resolve(name));
    }

    static ArticleReader readerOf(String name) throws Exception {
        return ArticleReaders.readerFor(TextDecoder.decode(Files.readAllBytes(SEEDS.resolve(name)), name));
    }

    @Test
    void seed000FrontMatterWithHtmlBody() throws Exception {
        assertInstanceOf(FrontMatterReader.class, readerOf(S000));
        Article a = seed(S000);
        assertEquals("000_17d06b560a14b091", a.id());
        assertEquals(S000, a.source());
        assertTrue(a.title().startsWith("全力建设战略科技力量"), a.title());
        assertEquals(OffsetDateTime.parse("2022-02-21T21:41:05Z"), a.issued());
        assertEquals("观察者网", a.publisher());
        assertEquals(List.of("新媒体", "观察者网", "首页"), a.categories());
        // headimg and thumbnail are the same picture as the first body image: listed once.
        assertEquals(5, a.images().size(), a.images().toString());
        assertEquals("https://i.guancha.cn/news/2022/02/21/20220221214021688jpg", a.images().get(0));
        assertEquals(8, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("市委书记李强今天下午（2月21日）"));
        assertTrue(a.paragraphs().get(7).endsWith("参加相关调研。"));
        assertFalse(a.body().contains("摄影"), "photo credit kept out of the body");
        assertNull(a.editor());
    }

    @Test
    void seed001FrontMatterWithHtmlBody() throws Exception {
        assertInstanceOf(FrontMatterReader.class, readerOf(S001));
        Article a = seed(S001);
        assertTrue(a.title().startsWith("李强今天调研这三家科研机构"), a.title());
        assertEquals(OffsetDateTime.parse("2021-09-02T20:57:31Z"), a.issued());
        assertEquals("观察者网", a.publisher());
        assertEquals(6, a.images().size(), a.images().toString());
        assertEquals(8, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().stream().noneMatch(String::isBlank));
    }

    @Test
    void seed002PdfText() throws Exception {
        assertInstanceOf(PdfTextReader.class, readerOf(S002));
        Article a = seed(S002);
        assertEquals("大力激发科技创新活力", a.title(), "first heading; the PDF text states no title");
        assertNull(a.issued(), "the PDF text states no date");
        assertEquals(12, a.paragraphs().size(), a.body());
    }

    @Test
    void seed003ScrapedPageText() throws Exception {
        assertInstanceOf(ScrapedTextReader.class, readerOf(S003));
        Article a = seed(S003);
        assertEquals("部市共建上海国际科技创新中心工作推进会举行,陈吉宁阴和俊出席并讲话", a.title());
        assertEquals(OffsetDateTime.parse("2025-07-27T21:56:43+08:00"), a.issued());
        assertEquals("看看新闻Knews", a.publisher());
        assertEquals("施荔", a.editor());
        assertEquals(List.of("上海国际科技创新中心"), a.categories(), "the 关键词 line is metadata");
        assertEquals(8, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("2025年部市共建上海国际科技创新中心工作推进会今天在沪举行。"));
        assertTrue(a.paragraphs().get(7).startsWith("上海市领导朱忠明"));
        for (String furniture : List.of("特朗普", "举报电话", "伊朗", "推荐视频", "Copyright", "关键词", "编辑", "登录",
                "评论", "01:06", "小时前")) {
            assertFalse(a.body().contains(furniture), furniture + " in body");
        }
    }

    @Test
    void seed004FrontMatterKeepsEditorApart() throws Exception {
        assertInstanceOf(FrontMatterReader.class, readerOf(S004));
        Article a = seed(S004);
        assertEquals("上海国际科技创新中心基本框架体系已形成", a.title());
        assertEquals(OffsetDateTime.parse("2021-09-29T05:37:47Z"), a.issued());
        assertEquals("新浪财经", a.publisher());
        assertEquals("王翔", a.editor());
        assertEquals(20, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("新京报快讯（记者 陈琳）"), "lead-in kept, full-width indent gone");
        assertEquals("“3+4”区域创新格局初步形成", a.paragraphs().get(1), "a bold sub-heading is its own paragraph");
        assertFalse(a.body().contains("原标题"));
        assertFalse(a.body().contains("新浪财经APP"));
        assertFalse(a.body().contains("appendQr"), "style sheet text");
    }

    @ParameterizedTest
    @ValueSource(strings = {S000, S001, S002, S003, S004})
    void noFurnitureInAnyBody(String name) throws Exception {
        Article a = seed(name);
        for (String furniture : List.of("特朗普", "举报电话", "责任编辑", "APP", "<", ">", "扫描二维码", "Copyright",
                "原标题", "\u3000")) {
            assertFalse(a.body().contains(furniture), furniture + " in the body of " + name);
        }
        assertTrue(a.paragraphs().stream().allMatch(p -> p.equals(p.strip()) && !p.isEmpty()), name);
    }
}
