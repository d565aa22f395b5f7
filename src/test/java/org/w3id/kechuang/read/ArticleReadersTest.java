package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.kechuang.model.Article;

/** Reading from files, bytes and URLs, and the one-line errors for inputs that are not articles. */
class ArticleReadersTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/gbk.html", exchange -> {
            String page = "<html><head><title>市科委发布科技企业孵化器认定办法 - 示例新闻网</title></head><body>"
                    + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/tech\">科技</a></div>"
                    + "<h1>市科委发布科技企业孵化器认定办法</h1><div class=\"info\">2024-05-10 10:00 来源：示例新闻网</div>"
                    + "<div class=\"text\"><p>记者从市科委获悉，《科技企业孵化器认定和管理办法》日前正式发布，自6月1日起施行。</p>"
                    + "<p>办法明确了孵化器的认定条件、服务要求和绩效评价方式，鼓励孵化器与高校、科研院所共建概念验证中心。</p></div>"
                    + "</body></html>";
            byte[] body = page.getBytes(GBK);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=GBK");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Test
    void urlIsFetchedAndDecodedWithTheHttpCharset() throws Exception {
        URI url = url("/news/gbk.html");
        Article a = ArticleReaders.read(url);
        assertEquals(ArticleReaders.idOf(url), a.id());
        assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
        assertEquals(url.toString(), a.source());
        assertEquals("市科委发布科技企业孵化器认定办法", a.title());
        assertEquals("示例新闻网", a.publisher());
        assertEquals(2, a.paragraphs().size(), a.body());
        assertTrue(a.paragraphs().get(0).startsWith("记者从市科委获悉，《科技企业孵化器认定和管理办法》"));
        assertFalse(a.body().contains("首页"));
    }

    @Test
    void httpErrorAndUnreachableHostGiveOneLine() throws Exception {
        URI missing = url("/missing");
        ReadException e = assertThrows(ReadException.class, () -> ArticleReaders.read(missing));
        assertEquals("cannot fetch " + missing + ": HTTP status 404", e.getMessage());

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + closedPort + "/a.html");
        ReadException down = assertThrows(ReadException.class, () -> ArticleReaders.read(refused));
        assertTrue(down.getMessage().startsWith("cannot fetch " + refused + ": "), down.getMessage());
        assertFalse(down.getMessage().contains("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SeedArticlesTest.S000, SeedArticlesTest.S002, SeedArticlesTest.S003, SeedArticlesTest.S004})
    void gbkCopyOfASeedReadsLikeTheOriginal(String name) throws Exception {
        Path original = SeedArticlesTest.SEEDS.resolve(name);
        Path copy = dir.resolve(name);
        Files.write(copy, Files.readString(original).getBytes(GBK));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(copy)));
        assertEquals(ArticleReaders.read(original), ArticleReaders.read(copy));
    }

    @Test
    void idIsTheFileStemAndSourceTheFileName() throws Exception {
        Article a = ArticleReaders.read(SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S000));
        assertEquals("000_17d06b560a14b091", a.id());
        assertEquals("000_17d06b560a14b091.txt", a.source());
    }

    @Test
    void fileUrlReadsTheFile() throws Exception {
        Path seed = SeedArticlesTest.SEEDS.resolve(SeedArticlesTest.S004);
        assertEquals(ArticleReaders.read(seed), ArticleReaders.read(seed.toAbsolutePath().toUri()));
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nowhere/article.txt");
        ReadException e = assertThrows(ReadException.class, () -> ArticleReaders.read(missing));
        assertEquals("no such file: " + missing, e.getMessage());
    }

    @Test
    void directory() {
        ReadException e = assertThrows(ReadException.class, () -> ArticleReaders.read(dir));
        assertTrue(e.getMessage().endsWith(dir.toString()), e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals("empty file: " + empty, assertThrows(ReadException.class, () -> ArticleReaders.read(empty)).getMessage());
        Path blank = Files.writeString(dir.resolve("blank.md"), "\n\n   \n");
        assertEquals("empty file: " + blank, assertThrows(ReadException.class, () -> ArticleReaders.read(blank)).getMessage());
    }

    @Test
    void binaryFileEvenWithATextName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(dir.resolve("article.txt"), png);
        ReadException e = assertThrows(ReadException.class, () -> ArticleReaders.read(file));
        assertEquals("binary file, not an article: " + file, e.getMessage());
    }

    @Test
    void furnitureOnlyTextHasNoArticle() throws Exception {
        Path file = Files.writeString(dir.resolve("nav.txt"), "扫描二维码下载APP\n登录\n个人中心\nCopyright © 2024 示例\n");
        ReadException e = assertThrows(ReadException.class, () -> ArticleReaders.read(file));
        assertEquals("no article text found in " + file, e.getMessage());
    }

    @Test
    void plainTextWithTitleAndParagraphs() throws Exception {
        String text = "某市出台支持新型研发机构发展的若干措施\n\n"
                + "市政府办公厅近日印发《关于支持新型研发机构高质量发展的若干措施》，从资金、人才、用地等方面提出十二条举措。\n\n"
                + "措施提出，对新认定的新型研发机构给予最高五百万元的建设补助。\n\n"
                + "责任编辑：张三\n";
        Path file = Files.writeString(dir.resolve("plain.txt"), text);
        Article a = ArticleReaders.read(file);
        assertEquals("某市出台支持新型研发机构发展的若干措施", a.title());
        assertEquals(2, a.paragraphs().size(), a.body());
        assertEquals("张三", a.editor());
    }
}
