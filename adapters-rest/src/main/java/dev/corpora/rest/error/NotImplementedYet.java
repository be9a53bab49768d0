package dev.corpora.rest.error;

/** An operation of the contract that a later change implements; answered with 501. */
public final class NotImplementedYet extends RuntimeException {
    public NotImplementedYet() {
        super("not implemented yet", null, false, false);
    }
}
