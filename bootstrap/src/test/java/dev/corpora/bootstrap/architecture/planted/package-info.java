/**
 * Planted classes for {@code ArchitectureRulesBiteTest}: a miniature of the real package layout (domain,
 * application, rest, persistence, messaging, bootstrap, api, api.model) under this root, with in each layer one
 * class that keeps the rules and one per way to break them. They live in test sources, so the production
 * {@code ArchitectureTest} never imports them.
 */
package dev.corpora.bootstrap.architecture.planted;
