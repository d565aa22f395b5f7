package org.w3id.kechuang.read;

/** An input that cannot be turned into an article. The message is one line saying what and where. */
public class ReadException extends Exception {
    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
