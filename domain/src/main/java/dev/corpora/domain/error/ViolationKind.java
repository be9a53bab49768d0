package dev.corpora.domain.error;

/**
 * The kinds of broken rule, in the domain's words. The REST adapter renders each as the word and sentence its
 * clients know; nothing here is spelled for the wire.
 */
public enum ViolationKind {
    /** A value the rule needs was not given. */
    MISSING,
    /** Text with nothing but white space, or none at all. */
    BLANK,
    /** A list that must hold something holds nothing. */
    EMPTY,
    /** Text longer than allowed. */
    TOO_LONG,
    /** A list with more items than allowed. */
    TOO_MANY,
    /** Text with characters the value does not allow. */
    NOT_ALLOWED_CHARACTERS,
    /** A value outside the closed set the rule allows. */
    NOT_ONE_OF,
    /** A number below the least allowed. */
    BELOW_MINIMUM,
    /** A number above the most allowed. */
    ABOVE_MAXIMUM,
    /** A number that is infinite or not a number. */
    NOT_FINITE,
    /** The same item more than once where each may appear once. */
    REPEATED,
    /** A value that contradicts another value of the same dataset. */
    DISAGREES,
    /** Weights of which at least one must be above zero are all zero. */
    ALL_ZERO,
    /** A change to what cannot change once a dataset exists. */
    UNCHANGEABLE
}
