package dev.corpora.bootstrap.architecture.planted.api.model;

/** Stands in for a generated request or response model. */
public record GeneratedModel(String name) {
}
