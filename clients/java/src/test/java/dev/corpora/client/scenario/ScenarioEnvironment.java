package dev.corpora.client.scenario;

import dev.corpora.client.ApiClient;
import dev.corpora.client.api.AuthApi;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What the scenario gets from its environment (clients/scenario.md). It needs a running service, so a missing
 * {@code CORPORA_URL} fails the run instead of skipping it: a scenario that never ran must not pass.
 */
record ScenarioEnvironment(String url, String clientId, String clientSecret, Optional<String> jwtSecret) {
    /** Unique to the run, such as {@code scn_java_1f0c9a2b_}: every name the scenario creates starts with it. */
    static final String RUN_PREFIX = "scn_java_" + HexFormat.of().toHexDigits(new SecureRandom().nextInt()) + "_";

    static ScenarioEnvironment read() {
        String url = System.getenv("CORPORA_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("CORPORA_URL is not set: the scenario runs against a running Corpora "
                    + "(.ci/java-client.sh starts one)");
        }
        return new ScenarioEnvironment(url, orDefault("CORPORA_CLIENT_ID", "ci-admin"),
                orDefault("CORPORA_CLIENT_SECRET", "ci-admin-secret"),
                Optional.ofNullable(System.getenv("CORPORA_JWT_SECRET")).filter(secret -> !secret.isBlank()));
    }


    /** The {@code Authorization} header of a login with this environment's client. */
    Map<String, String> basicAuthorization() {
        byte[] credentials = (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8);
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials));
    }

    /** A client of the generated API without a token, for {@link AuthApi#login}. */
    ApiClient anonymousClient() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(url);
        return client;
    }

    /** A client of the generated API that sends the bearer token with every call. */
    ApiClient bearerClient(String token) {
        ApiClient client = anonymousClient();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    String requireJwtSecret() {
        return jwtSecret.orElseThrow(() -> new IllegalStateException(
                "CORPORA_JWT_SECRET is not set: step 10 signs a token of another organization with it"));
    }

    private static String orDefault(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }
}
