package dev.corpora.bootstrap.architecture.planted.api;

import dev.corpora.bootstrap.architecture.planted.api.model.GeneratedModel;

/** Stands in for a generated REST interface. */
public interface GeneratedApi {
    GeneratedModel get();
}
