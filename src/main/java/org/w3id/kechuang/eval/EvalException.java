package org.w3id.kechuang.eval;

/** A gold standard that cannot be read or used. The message is one line saying what and where. */
public class EvalException extends Exception {
    public EvalException(String message) {
        super(message);
    }
}
