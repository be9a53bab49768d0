package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.ChangeRequests.aChangeRequest;
import static dev.corpora.domain.dataset.Creating.create;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.dataset.Updating.EDITOR;
import static dev.corpora.domain.dataset.Updating.MUCH_LATER;
import static dev.corpora.domain.dataset.Updating.deleted;
import static dev.corpora.domain.dataset.Updating.deleting;
import static dev.corpora.domain.dataset.Updating.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.access.Actor;
import dev.corpora.domain.access.Role;
import dev.corpora.domain.error.StateConflict;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Delete in two steps: marked deleting at once (freeing the name), then finished by a worker. */
class DatasetDeletionTest {
    private final Dataset dataset = create(aNewDataset().withDescription("Summer 2026"));

    @Nested
    class MarkDeleting {
        @Test
        void makesTheDatasetDeleting() {
            assertThat(deleting(dataset).status()).isEqualTo(DatasetStatus.DELETING);
        }

        @Test
        void recordsWhoDeletedIt() {
            Dataset marked = deleting(dataset);

            assertThat(marked.deletedBy()).isEqualTo(EDITOR.subject());
            assertThat(marked.deletedAt()).isNull();
        }

        @Test
        void versionGrowsByOne() {
            assertThat(deleting(dataset).version()).isEqualTo(dataset.version() + 1);
        }

        @Test
        void freesTheNameAtOnce() {
            assertThat(dataset.status().holdsName()).isTrue();
            assertThat(deleting(dataset).status().holdsName()).isFalse();
        }

        @Test
        void keepsEverythingElse() {
            Dataset marked = deleting(dataset);

            assertThat(marked.id()).isEqualTo(dataset.id());
            assertThat(marked.name()).isEqualTo(dataset.name());
            assertThat(marked.description()).isEqualTo(dataset.description());
            assertThat(marked.config()).isEqualTo(dataset.config());
            assertThat(marked.createdAt()).isEqualTo(dataset.createdAt());
            assertThat(marked.createdBy()).isEqualTo(dataset.createdBy());
        }

        @Test
        void inactiveDatasetCanBeDeleted() {
            Dataset inactive = update(dataset, aChangeRequest().withStatus(DatasetStatus.INACTIVE));

            assertThat(deleting(inactive).status()).isEqualTo(DatasetStatus.DELETING);
        }

        @Test
        void deletingAgainReturnsTheSameDataset() {
            Dataset marked = deleting(dataset);
            Actor someoneElse = new Actor("carol", dataset.organization(), Set.of(Role.WRITER));

            Dataset again = marked.markDeleting(someoneElse, MUCH_LATER).dataset();

            assertThat(again).isSameAs(marked);
            assertThat(again.deletedBy()).isEqualTo(EDITOR.subject());
            assertThat(again.version()).isEqualTo(marked.version());
        }

        @Test
        void deletedDatasetCannotBeDeletedAgain() {
            Dataset gone = deleted(dataset);

            assertThatThrownBy(() -> gone.markDeleting(EDITOR, MUCH_LATER)).isInstanceOf(StateConflict.class);
        }
    }

    @Nested
    class CompleteDeletion {
        @Test
        void makesTheDatasetDeleted() {
            assertThat(deleted(dataset).status()).isEqualTo(DatasetStatus.DELETED);
        }

        @Test
        void setsDeletedAtAndKeepsWhoDeletedIt() {
            Dataset gone = deleted(dataset);

            assertThat(gone.deletedAt()).isEqualTo(MUCH_LATER);
            assertThat(gone.deletedBy()).isEqualTo(EDITOR.subject());
        }

        @Test
        void versionGrowsByOne() {
            Dataset marked = deleting(dataset);

            assertThat(marked.completeDeletion(MUCH_LATER).dataset().version()).isEqualTo(marked.version() + 1);
        }

        @Test
        void deletedDatasetHoldsNoName() {
            assertThat(deleted(dataset).status().holdsName()).isFalse();
        }

        @Test
        void activeDatasetCannotFinishADeletionThatNeverStarted() {
            assertThatThrownBy(() -> dataset.completeDeletion(MUCH_LATER)).isInstanceOf(StateConflict.class);
        }

        @Test
        void inactiveDatasetCannotFinishADeletionThatNeverStarted() {
            Dataset inactive = update(dataset, aChangeRequest().withStatus(DatasetStatus.INACTIVE));

            assertThatThrownBy(() -> inactive.completeDeletion(MUCH_LATER)).isInstanceOf(StateConflict.class);
        }

        @Test
        void deletedDatasetCannotBeFinishedTwice() {
            Dataset gone = deleted(dataset);

            assertThatThrownBy(() -> gone.completeDeletion(Instant.parse("2026-12-01T00:00:00Z")))
                    .isInstanceOf(StateConflict.class);
        }
    }
}
