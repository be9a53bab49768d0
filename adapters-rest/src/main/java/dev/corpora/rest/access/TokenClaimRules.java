package dev.corpora.rest.access;

import dev.corpora.domain.access.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * What a bearer token must hold, whoever signed it (Corpora or an identity provider through JWKS), besides the
 * issuer and audience that Micronaut checks: an expiry ({@code exp}), and not one in the past; no {@code nbf} or
 * {@code iat} in the future; {@code sub} and {@code org_id} non-empty strings without control characters;
 * {@code roles} a list of known role words. Each time is allowed the clock skew ({@code corpora.jwt.clock-skew},
 * 60 s by default) between the token's issuer and this service. A token that breaks any rule authenticates no
 * one: 401 with {@code WWW-Authenticate}.
 */
@Singleton
final class TokenClaimRules implements GenericJwtClaimsValidator<HttpRequest<?>> {
    static final String ROLES = "roles";

    private final Clock clock;
    private final Duration skew;

    TokenClaimRules(Clock clock, @Value("${corpora.jwt.clock-skew:60s}") Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public boolean validate(Claims claims, HttpRequest<?> request) {
        Instant now = clock.instant();
        Instant expiry = time(claims.get(Claims.EXPIRATION_TIME));
        return expiry != null && now.minus(skew).isBefore(expiry)
                && notAfter(claims.get(Claims.NOT_BEFORE), now.plus(skew))
                && notAfter(claims.get(Claims.ISSUED_AT), now.plus(skew))
                && isName(claims.get(Claims.SUBJECT))
                && isName(claims.get(CurrentActor.ORGANIZATION_CLAIM))
                && isRoles(claims.get(ROLES));
    }

    /** Absent, or a time no later than {@code latest}. */
    private static boolean notAfter(Object claim, Instant latest) {
        if (claim == null) {
            return true;
        }
        Instant time = time(claim);
        return time != null && !time.isAfter(latest);
    }

    /** A NumericDate: seconds since the epoch, which the JWT library may already have made a {@link Date}. */
    private static Instant time(Object claim) {
        if (claim instanceof Date date) {
            return date.toInstant();
        }
        if (claim instanceof Number seconds && Double.isFinite(seconds.doubleValue())) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static boolean isName(Object claim) {
        return claim instanceof String name && !name.isBlank() && name.chars().noneMatch(Character::isISOControl);
    }

    private static boolean isRoles(Object claim) {
        return claim instanceof List<?> roles && roles.stream()
                .allMatch(role -> role instanceof String word && Role.fromClaim(word).isPresent());
    }
}
