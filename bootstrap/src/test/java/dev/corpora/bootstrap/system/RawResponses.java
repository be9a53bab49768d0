package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

final class RawResponses {
    private RawResponses() {
    }

    static void isBearerChallenge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.body()).contains("\"detail\"");
    }
}
