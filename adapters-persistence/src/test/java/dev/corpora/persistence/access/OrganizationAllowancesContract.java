package dev.corpora.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.application.access.Admission;
import dev.corpora.application.access.RequestAllowances;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.persistence.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each organization's allowance of requests, kept in each database Corpora supports; settled with the database
 * on every request in most tests here, so that two instances (two contexts) draw on exactly one allowance, and
 * now and then, as by default, in a third context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrganizationAllowancesContract {
    private static final int REQUESTS = 3;
    private static final int NEW_ORGANIZATIONS = 10;

    private TestDatabase database;
    private ApplicationContext first;
    private ApplicationContext second;
    private ApplicationContext settlingNowAndThen;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("corpora.rate-limit.requests", REQUESTS);
        properties.put("corpora.rate-limit.window", "1h");
        properties.put("corpora.rate-limit.sync-requests", 0);
        properties.put("corpora.rate-limit.sync-interval", "0s");
        first = ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start();
        properties.put("flyway.datasources.default.enabled", false);
        second = ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC()).start();
        properties.remove("corpora.rate-limit.requests");
        properties.remove("corpora.rate-limit.sync-requests");
        properties.remove("corpora.rate-limit.sync-interval");
        settlingNowAndThen = ApplicationContext.builder().properties(properties).singletons(Clock.systemUTC())
                .start();
    }

    @AfterAll
    void stop() {
        for (ApplicationContext context : new ApplicationContext[] {settlingNowAndThen, second, first}) {
            if (context != null) {
                context.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anOrganizationSpendsItsAllowanceAndIsThenToldHowLongToWait() {
        OrganizationId organization = new OrganizationId("org-" + UUID.randomUUID());
        RequestAllowances allowances = first.getBean(RequestAllowances.class);

        for (int left = REQUESTS - 1; left >= 0; left--) {
            Admission admission = allowances.admit(organization).orElseThrow();
            assertThat(admission.admitted()).isTrue();
            assertThat(admission.limit()).isEqualTo(REQUESTS);
            assertThat(admission.remaining()).isEqualTo(left);
        }
        Admission refused = allowances.admit(organization).orElseThrow();

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThat(allowances.admit(new OrganizationId("org-" + UUID.randomUUID())).orElseThrow().admitted())
                .isTrue();
    }

    @Test
    void twoInstancesDrawOnOneAllowance() {
        OrganizationId organization = new OrganizationId("org-" + UUID.randomUUID());
        RequestAllowances viaFirst = first.getBean(RequestAllowances.class);
        RequestAllowances viaSecond = second.getBean(RequestAllowances.class);

        assertThat(viaFirst.admit(organization).orElseThrow().admitted()).isTrue();
        assertThat(viaSecond.admit(organization).orElseThrow().admitted()).isTrue();
        assertThat(viaFirst.admit(organization).orElseThrow().admitted()).isTrue();

        assertThat(viaSecond.admit(organization).orElseThrow().admitted()).isFalse();
        assertThat(viaFirst.admit(organization).orElseThrow().admitted()).isFalse();
    }

    @Test
    void manyFirstRequestsOfANewOrganizationAtOnceSpendExactlyItsAllowance() throws Exception {
        RequestAllowances allowances = first.getBean(RequestAllowances.class);

        for (int i = 0; i < NEW_ORGANIZATIONS; i++) {
            OrganizationId organization = new OrganizationId("org-" + UUID.randomUUID());
            List<Admission> admissions = AtOnce.run(() -> allowances.admit(organization).orElseThrow());

            assertThat(admissions).filteredOn(Admission::admitted).hasSize(REQUESTS);
        }
    }

    @Test
    void manyFirstRequestsOfANewOrganizationAtOnceAreAllAdmittedWhenSettledNowAndThen() throws Exception {
        RequestAllowances allowances = settlingNowAndThen.getBean(RequestAllowances.class);

        for (int i = 0; i < NEW_ORGANIZATIONS; i++) {
            OrganizationId organization = new OrganizationId("org-" + UUID.randomUUID());
            List<Admission> admissions = AtOnce.run(() -> allowances.admit(organization).orElseThrow());

            assertThat(admissions).allSatisfy(admission -> assertThat(admission.admitted()).isTrue());
        }
    }
}
