package org.w3id.kechuang.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict decoding of {@code application/x-www-form-urlencoded} text (a form body or a URL's query
 * string): a bad percent escape or bytes that are not text in the declared charset are an error the
 * client is told about (400), not a server error (500) nor a silent replacement character that makes
 * a query match nothing.
 */
final class FormDecoder {
    private FormDecoder() {}

    /** Thrown for input that is not well-formed; the message says what, for the client. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** Adds the parameters of {@code encoded} to {@code into}, in order, keeping repeated names. */
    static void decode(String encoded, Charset charset, Map<String, List<String>> into) throws MalformedException {
        if ( encoded == null || encoded.isEmpty() )
            return;
        for ( String pair : encoded.split("&", -1) ) {
            if ( pair.isEmpty() )
                continue;
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1), charset);
            into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    static Map<String, List<String>> decode(String encoded, Charset charset) throws MalformedException {
        Map<String, List<String>> params = new LinkedHashMap<>();
        decode(encoded, charset, params);
        return params;
    }

    private static String unescape(String s, Charset charset) throws MalformedException {
        if ( s.indexOf('%') < 0 && s.indexOf('+') < 0 )
            return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for ( int i = 0; i < s.length(); i++ ) {
            char c = s.charAt(i);
            if ( c == '+' ) {
                bytes.write(' ');
            } else if ( c == '%' ) {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if ( hi < 0 || lo < 0 )
                    throw new MalformedException("bad percent escape at \"" + preview(s, i) + "\"");
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(charset);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return strict(bytes.toByteArray(), charset);
    }

    /** Decodes {@code bytes}, refusing any that are not valid in {@code charset}. */
    static String strict(byte[] bytes, Charset charset) throws MalformedException {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            throw new MalformedException("the request is not valid " + charset.name() + " text");
        }
    }

    private static String preview(String s, int at) {
        return s.substring(at, Math.min(s.length(), at + 3));
    }
}
