package dev.corpora.application.access;

import java.time.Duration;

/** A signed bearer token and how long it is valid. */
public record AccessToken(String value, Duration lifetime) {
}
