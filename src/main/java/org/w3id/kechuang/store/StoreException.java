package org.w3id.kechuang.store;

/** The store cannot be opened or written. The message is one line saying what and where. */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
