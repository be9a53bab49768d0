package dev.corpora.rest.health;

import dev.corpora.application.health.CheckHealth;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.nio.charset.StandardCharsets;

/**
 * The API port's bare health: {@code {"status":"UP"}}, or 503 {@code {"status":"DOWN"}} when the database does
 * not answer, for a load balancer, without a token and without a word on what runs behind it.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {
    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.UTF_8);

    private final CheckHealth health;

    HealthController(CheckHealth health) {
        this.health = health;
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> health() {
        if (health.up()) {
            return HttpResponse.ok(UP.clone());
        }
        return HttpResponse.<byte[]>status(HttpStatus.SERVICE_UNAVAILABLE).body(DOWN.clone());
    }
}
