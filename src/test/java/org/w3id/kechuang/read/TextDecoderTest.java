package org.w3id.kechuang.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE = "上海国际科技创新中心基本框架体系已形成。科技部副部长表示，支持上海深度融入全球创新网络。";

    @Test
    void utf8WithAndWithoutByteOrderMark() throws Exception {
        byte[] plain = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertEquals(CHINESE, TextDecoder.decode(plain, "a.txt"));
        assertEquals(CHINESE, TextDecoder.decode(bom, "a.txt"));
    }

    @Test
    void utf16ByteOrderMarks() throws Exception {
        assertEquals(CHINESE, TextDecoder.decode(("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16BE), "be.txt"));
        assertEquals(CHINESE, TextDecoder.decode(("\uFEFF" + CHINESE).getBytes(StandardCharsets.UTF_16LE), "le.txt"));
    }

    @Test
    void gbkIsDetected() throws Exception {
        assertEquals(CHINESE, TextDecoder.decode(CHINESE.getBytes(GBK), "gbk.txt"));
        String seed = Files.readString(Path.of("seeds", SeedArticlesTest.S003));
        assertEquals(seed, TextDecoder.decode(seed.getBytes(Charset.forName("GB18030")), "seed.txt"));
    }

    @Test
    void declaredCharsetIsUsedAndGb2312MeansGb18030() throws Exception {
        // 镕 is outside GB2312: sites labelled gb2312 really serve GBK, so the label is widened.
        String text = "朱镕基";
        assertEquals(text, TextDecoder.decode(text.getBytes(GBK), "gb2312", "page"));
        assertEquals("<meta charset=\"gbk\">" + text,
                TextDecoder.decode(("<meta charset=\"gbk\">" + text).getBytes(GBK), "page.html"));
    }

    @Test
    void emptyAndWhitespaceOnlyAreRefused() {
        ReadException empty = assertThrows(ReadException.class, () -> TextDecoder.decode(new byte[0], "e.txt"));
        assertEquals("empty file: e.txt", empty.getMessage());
        ReadException blank = assertThrows(ReadException.class,
                () -> TextDecoder.decode(" \n\t\r\n ".getBytes(StandardCharsets.US_ASCII), "b.txt"));
        assertEquals("empty file: b.txt", blank.getMessage());
    }

    @Test
    void binaryIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary file, not an article: p.png",
                assertThrows(ReadException.class, () -> TextDecoder.decode(png, "p.png")).getMessage());
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(ReadException.class, () -> TextDecoder.decode(pdf, "d.pdf"));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x02 : 'a');
        }
        assertThrows(ReadException.class, () -> TextDecoder.decode(controls, "c.bin"));
        byte[] withNul = "文章\0正文".getBytes(StandardCharsets.UTF_8);
        assertThrows(ReadException.class, () -> TextDecoder.decode(withNul, "n.txt"));
    }

    @Test
    void messagesAreOneLine() {
        ReadException e = assertThrows(ReadException.class, () -> TextDecoder.decode(new byte[]{0, 1, 2}, "x"));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().endsWith("x"));
    }

    @Test
    void latinTextIsNotTakenForChinese() throws Exception {
        String text = "Le café du coin a ouvert ses portes à la rentrée, avec une équipe réduite mais motivée.";
        assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), "fr.txt"));
    }
}
