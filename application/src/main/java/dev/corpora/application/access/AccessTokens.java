package dev.corpora.application.access;

import dev.corpora.domain.access.Actor;

/** Port: issues bearer tokens that carry an actor's subject, organization and roles. */
public interface AccessTokens {
    AccessToken issue(Actor actor);
}
