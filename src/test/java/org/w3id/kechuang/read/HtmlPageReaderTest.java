package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.kechuang.model.Article;

/** Whole HTML pages: a modern news page, an old GBK table-layout portal, and broken markup. */
class HtmlPageReaderTest {

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(HtmlPageReaderTest.class.getResource("/read/" + name).toURI());
    }

    @Test
    void newsPageKeepsTheArticleAndDropsThePage() throws Exception {
        Article a = ArticleReaders.read(fixture("news-page.html"));
        assertEquals("news-page", a.id());
        assertEquals("滨江实验室发布新一代类脑芯片", a.title(), "site name cut from og:title");
        assertEquals(OffsetDateTime.parse("2024-03-15T09:30:00+08:00"), a.issued());
        assertEquals("江城日报", a.publisher());
        assertEquals("刘晓燕", a.editor());
        assertEquals(List.of("科技"), a.categories());
        assertTrue(a.images().contains("https://img.example.cn/2024/0315/cover.jpg"));
        assertEquals(5, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("本报讯（记者 周明远）3月14日"));
        assertEquals("面向机器人与边缘计算", a.paragraphs().get(2));
        for (String furniture : List.of("特朗普", "举报电话", "相关阅读", "量子计算", "热门排行", "首页", "登录", "要闻",
                "分享到", "Copyright", "ICP", "责任编辑", "图片来源", "APP", "限时优惠", "_hmt", "display")) {
            assertFalse(a.body().contains(furniture), furniture + " in body");
        }
    }

    @Test
    void gbkPageWithMetaCharset() throws Exception {
        Article a = ArticleReaders.read(fixture("old-portal-gbk.html"));
        assertEquals("省科技厅召开高新技术企业培育工作会", a.title(), "site suffixes cut from <title>");
        assertEquals(OffsetDateTime.parse("2023-06-08T16:20:00+08:00"), a.issued(), "date next to the headline");
        assertEquals("东海在线", a.publisher(), "来源 on the byline");
        assertEquals("林海", a.editor());
        assertEquals(4, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("6月7日，省科技厅在福州召开"));
        for (String furniture : List.of("伊朗", "热点新闻", "版权所有", "举报电话", "东海在线首页", "来源")) {
            assertFalse(a.body().contains(furniture), furniture + " in body");
        }
    }

    @Test
    void malformedHtmlStillReads() throws Exception {
        Article a = ArticleReaders.read(fixture("malformed.html"));
        assertEquals("高校联合实验室揭牌", a.title());
        assertTrue(a.paragraphs().size() >= 3, a.body());
        assertTrue(a.body().contains("并联合培养研究生，推动科研成果就地转化。"));
        assertTrue(a.body().contains("打破学科壁垒，集中力量攻关"));
    }

    @Test
    void chosenByContentNotByName() {
        assertInstanceOf(HtmlPageReader.class, ArticleReaders.readerFor("\n<!DOCTYPE html><html><body><p>正文。</p></body></html>"));
        assertInstanceOf(HtmlPageReader.class, ArticleReaders.readerFor("<!-- saved --><html><head><title>t</title></head></html>"));
        assertInstanceOf(ScrapedTextReader.class, ArticleReaders.readerFor("标题\n\n正文里提到了<p>标签。"));
    }

    @Test
    void headlineInsideTheArticleIsNotBodyText() throws Exception {
        String page = "<html><head><meta property=\"og:title\" content=\"芯片企业获新一轮融资\"></head><body>"
                + "<div class=\"post\"><h1>某芯片企业完成十亿元新一轮融资</h1>"
                + "<p>某芯片企业今天宣布完成十亿元新一轮融资，资金将用于新一代车规级芯片研发。</p>"
                + "<p>公司表示，今年将在上海和合肥各建设一条中试线，年底前实现小批量供货。</p></div></body></html>";
        Article a = ArticleReaders.read("h", "h.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("芯片企业获新一轮融资", a.title());
        assertEquals(2, a.paragraphs().size(), a.body());
        assertFalse(a.body().contains("完成十亿元新一轮融资\n"));
        assertTrue(a.paragraphs().get(0).startsWith("某芯片企业今天宣布"));
    }

    @Test
    void pageWithoutProseIsRefused() {
        String page = "<html><head><title>导航</title></head><body><ul><li><a href='/a'>首页</a></li>"
                + "<li><a href='/b'>新闻</a></li></ul></body></html>";
        ReadException e = assertThrows(ReadException.class,
                () -> ArticleReaders.read("nav", "nav.html", page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("no article text found in nav.html", e.getMessage());
    }

    @Test
    void aSavedServerPageWithDirectivesBeforeItsMarkupKeepsItsTitle() throws Exception {
        String page = "<%@ page language=\"java\" contentType=\"text/html; charset=UTF-8\"%>\n"
                + "<!DOCTYPE html>\n<html><head><title>某某技术交流会在某市举行</title></head><body>"
                + "<p>近日，某某技术交流会在某市举行，来自全国多家研究机构的专家学者参加会议并进行了深入交流。</p>"
                + "</body></html>";
        Article a = ArticleReaders.read("t", "t.html", page);
        assertEquals("某某技术交流会在某市举行", a.title());
    }

    @Test
    void aSectionPrefixAndSiteSuffixAreNoPartOfTheHeadline() {
        assertEquals("某学院与某研究院签订合作协议", Titles.withoutSectionOrSite("某大学->某学院与某研究院签订合作协议 | example.com"));
        assertEquals("无人机技术 - 应用前景", Titles.withoutSectionOrSite("无人机技术 - 应用前景"), "a dash inside a heading stays");
    }
}
