package dev.corpora.domain.dataset;

/** How keyframes are taken from videos. */
public enum KeyframeSamplingMethod {
    INTELLIGENT,
    UNIFORM
}
