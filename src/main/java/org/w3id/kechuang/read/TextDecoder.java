package org.w3id.kechuang.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text, strictly: a byte order mark, then a declared charset (HTTP header or HTML meta), then
 * UTF-8, then detection. Input that decodes under none of them is refused rather than turned into
 * mojibake, as are empty and binary files. GBK and GB2312 are decoded as their superset GB18030.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 8192;
    /** Share of control bytes above which input is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private static final byte[][] MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'}, {'%', 'P', 'D', 'F'}, {'P', 'K', 3, 4}, {'G', 'I', 'F', '8'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {0x1F, (byte) 0x8B}, {0x7F, 'E', 'L', 'F'},
            {'R', 'I', 'F', 'F'}, {'B', 'Z', 'h'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}};

    private TextDecoder() {
    }

    /** Decodes with no declared charset. */
    public static String decode(byte[] bytes, String where) throws ReadException {
        return decode(bytes, null, where);
    }

    /**
     * @param declared charset declared by the transport (HTTP Content-Type), or null
     * @param where    file or URL, for messages
     */
    public static String decode(byte[] bytes, String declared, String where) throws ReadException {
        if (isBlank(bytes)) {
            throw new ReadException("empty file: " + where);
        }
        Optional<String> bom = withBom(bytes);
        if (bom.isPresent()) {
            return requireText(bom.get(), where);
        }
        if (isBinary(bytes)) {
            throw new ReadException("binary file, not an article: " + where);
        }
        for (String name : new String[]{declared, metaCharset(bytes)}) {
            Optional<String> text = charset(name).flatMap(cs -> strict(bytes, cs));
            if (text.isPresent()) {
                return requireText(text.get(), where);
            }
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return requireText(utf8.get(), where);
        }
        Optional<Charset> detectedCharset = charset(detect(bytes));
        Optional<String> detected = detectedCharset.flatMap(cs -> strict(bytes, cs));
        // Short Chinese texts fool the detector into single-byte charsets (or none): text that decodes as
        // GB18030 into mostly Chinese characters is taken as such then.
        boolean multiByte = detected.isPresent() && detectedCharset.get().newEncoder().maxBytesPerChar() > 1;
        if (!multiByte) {
            Optional<String> gb = strict(bytes, GB18030).filter(TextDecoder::mostlyChinese);
            if (gb.isPresent()) {
                return requireText(gb.get(), where);
            }
        }
        if (detected.isPresent()) {
            return requireText(detected.get(), where);
        }
        throw new ReadException("not UTF-8 and no known encoding detected: " + where);
    }

    private static String requireText(String text, String where) throws ReadException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new ReadException("empty file: " + where);
        }
        if (body.indexOf('\0') >= 0) {
            throw new ReadException("binary file, not an article: " + where);
        }
        return body;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        return Optional.empty();
    }

    static boolean isBinary(byte[] bytes) {
        for (byte[] magic : MAGIC) {
            if (bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
                return true;
            }
        }
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n * MAX_CONTROL_SHARE;
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The JVM charset for a name, with the GB family widened to GB18030. */
    static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("X-GBK") || n.equals("CP936") || n.equals("EUC-CN")
                || n.equals("HZ-GB-2312") || n.equals("GB18030")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset cs) {
        try {
            CharBuffer chars = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Chinese text in a legacy encoding: most non-ASCII characters are Han and they are a fair share of the text. */
    private static boolean mostlyChinese(String text) {
        long nonAscii = text.chars().filter(c -> c > 0x7F).count();
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return nonAscii > 0 && han >= nonAscii * 0.5 && han >= letters * 0.3;
    }
}
