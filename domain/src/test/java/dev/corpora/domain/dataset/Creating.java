package dev.corpora.domain.dataset;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.OrganizationId;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.error.ValidationFailed;
import dev.corpora.domain.error.ViolationKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Runs {@link Dataset#create} the way the tests need it: fixed id, actor and instant. */
final class Creating {
    static final DatasetId ID = new DatasetId(UUID.fromString("6f1c2a8e-0b7d-4a53-9c1e-2f4d5b6a7c8d"));
    static final Instant NOW = Instant.parse("2026-11-28T18:06:44.123456Z");
    static final OrganizationId ORGANIZATION = new OrganizationId("acme");
    static final Actor WRITER = new Actor("alice", ORGANIZATION, Set.of(Role.WRITER));

    /** A broken rule as the tests compare it: what kind and where, not the sentence for people. */
    record Problem(ViolationKind kind, List<Object> path) {
        static Problem problem(ViolationKind kind, Object... path) {
            return new Problem(kind, List.of(path));
        }
    }

    private Creating() {
    }

    static Dataset create(NewDatasets input) {
        return Dataset.create(input.build(), ID, WRITER, NOW).dataset();
    }

    /** The problems create reports for the input, in the order reported; fails the test if it succeeds. */
    static List<Problem> problemsOf(NewDatasets input) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> create(input));
        if (failed == null) {
            throw new AssertionError("expected create to fail validation, but it made a dataset");
        }
        return failed.violations().stream().map(v -> new Problem(v.kind(), v.path())).toList();
    }
}
