package dev.corpora.rest.access;

import dev.corpora.application.access.AccessToken;
import dev.corpora.application.access.AccessTokens;
import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Issues HS256 JWTs with the claims of the contract: sub, org_id, roles, iss, aud, iat, exp. */
@Singleton
final class JwtAccessTokens implements AccessTokens {
    private static final Duration LIFETIME = Duration.ofHours(1);

    private final TokenGenerator generator;
    private final Clock clock;
    private final String issuer;
    private final String audience;

    JwtAccessTokens(TokenGenerator generator, Clock clock, @Value("${corpora.jwt.issuer}") String issuer,
                    @Value("${corpora.jwt.audience}") String audience) {
        this.generator = generator;
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public AccessToken issue(Actor actor) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = Map.of(
                "sub", actor.subject(),
                CurrentActor.ORGANIZATION_CLAIM, actor.organization().value(),
                "roles", actor.roles().stream().map(Role::claim).sorted().toList(),
                "iss", issuer,
                "aud", audience,
                "iat", now,
                "exp", now + LIFETIME.toSeconds(),
                "jti", UUID.randomUUID().toString());
        String token = generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the JWT generator produced no token"));
        return new AccessToken(token, LIFETIME);
    }
}
