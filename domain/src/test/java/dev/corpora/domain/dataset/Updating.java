package dev.corpora.domain.dataset;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.dataset.Creating.Problem;
import dev.corpora.domain.error.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Runs {@link Dataset#update} and the deletion steps the way the tests need them: fixed actor and instants. */
final class Updating {
    static final Instant LATER = Instant.parse("2026-11-29T10:15:30.654321Z");
    static final Instant MUCH_LATER = Instant.parse("2026-11-30T08:00:00Z");
    static final Actor EDITOR = new Actor("bob", Creating.ORGANIZATION, Set.of(Role.WRITER));

    private Updating() {
    }

    static Dataset update(Dataset dataset, ChangeRequests changes) {
        return dataset.update(changes.build(), EDITOR, LATER).dataset();
    }

    /** The failure update reports for the changes; fails the test if it succeeds. */
    static ValidationFailed failureOf(Dataset dataset, ChangeRequests changes) {
        ValidationFailed failed = catchThrowableOfType(ValidationFailed.class, () -> update(dataset, changes));
        if (failed == null) {
            throw new AssertionError("expected update to fail validation, but it made the next state");
        }
        return failed;
    }

    /** The problems update reports for the changes, in the order reported. */
    static List<Problem> updateProblemsOf(Dataset dataset, ChangeRequests changes) {
        return failureOf(dataset, changes).violations().stream().map(v -> new Problem(v.kind(), v.path())).toList();
    }

    static Dataset deleting(Dataset dataset) {
        return dataset.markDeleting(EDITOR, LATER).dataset();
    }

    static Dataset deleted(Dataset dataset) {
        return dataset.markDeleting(EDITOR, LATER).dataset().completeDeletion(MUCH_LATER).dataset();
    }
}
