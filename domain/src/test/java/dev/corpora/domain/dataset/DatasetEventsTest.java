package dev.corpora.domain.dataset;

import static dev.corpora.domain.dataset.ChangeRequests.aChangeRequest;
import static dev.corpora.domain.dataset.NewDatasets.aNewDataset;
import static dev.corpora.domain.dataset.Updating.EDITOR;
import static dev.corpora.domain.dataset.Updating.LATER;
import static dev.corpora.domain.dataset.Updating.MUCH_LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.domain.error.ValidationFailed;
import org.junit.jupiter.api.Test;

/** Which events each behaviour of a dataset raises, with the state and time they carry. */
class DatasetEventsTest {

    private static Transition created(NewDatasets input) {
        return Dataset.create(input.build(), Creating.ID, Creating.WRITER, Creating.NOW);
    }

    @Test
    void creationRaisesCreatedWithTheNewDataset() {
        Transition creation = created(aNewDataset().withAddToPermit(false));

        assertThat(creation.events()).containsExactly(new DatasetEvent.Created(creation.dataset()));
        assertThat(creation.events().get(0).occurredAt()).isEqualTo(Creating.NOW);
    }

    @Test
    void creationAddedToPermitAlsoRegistersThePermitResourceWithTheCreatorAsOwner() {
        Transition creation = created(aNewDataset().withAddToPermit(true));

        assertThat(creation.events()).containsExactly(new DatasetEvent.Created(creation.dataset()),
                new DatasetEvent.PermitResourceCreated(creation.dataset()));
        assertThat(((DatasetEvent.PermitResourceCreated) creation.events().get(1)).owner())
                .isEqualTo(Creating.WRITER.subject());
    }

    @Test
    void addToPermitIsTheDefaultAsInTheReferenceApi() {
        assertThat(created(aNewDataset()).events()).hasSize(2);
    }

    @Test
    void updateRaisesUpdatedNamingTheFieldsWhoseValuesChanged() {
        Dataset dataset = created(aNewDataset().withDescription("old")).dataset();

        Transition update = dataset.update(aChangeRequest().withName("Renamed").withDescription("old")
                .withStatus(DatasetStatus.INACTIVE).build(), EDITOR, LATER);

        assertThat(update.events()).containsExactly(
                new DatasetEvent.Updated(update.dataset(), java.util.List.of("name", "status")));
        assertThat(update.events().get(0).occurredAt()).isEqualTo(LATER);
    }

    @Test
    void updateToTheSameValuesIsStillANewVersionAndSaysNothingChanged() {
        Dataset dataset = created(aNewDataset().withName("Same")).dataset();

        Transition update = dataset.update(aChangeRequest().withName("Same").build(), EDITOR, LATER);

        assertThat(update.dataset().version()).isEqualTo(2);
        assertThat(update.events()).containsExactly(new DatasetEvent.Updated(update.dataset(), java.util.List.of()));
    }

    @Test
    void anEmptyUpdateRaisesNothing() {
        Dataset dataset = created(aNewDataset()).dataset();

        Transition update = dataset.update(aChangeRequest().build(), EDITOR, LATER);

        assertThat(update.changed()).isFalse();
        assertThat(update.dataset()).isSameAs(dataset);
    }

    @Test
    void aRejectedUpdateRaisesNothingBecauseItMakesNoTransition() {
        Dataset dataset = created(aNewDataset()).dataset();

        assertThatThrownBy(() -> dataset.update(aChangeRequest().withName("").build(), EDITOR, LATER))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void startingADeletionRaisesDeletionStartedAtThatTimeAndOnlyOnce() {
        Dataset dataset = created(aNewDataset()).dataset();

        Transition started = dataset.markDeleting(EDITOR, LATER);
        Transition again = started.dataset().markDeleting(EDITOR, MUCH_LATER);

        assertThat(started.events()).containsExactly(new DatasetEvent.DeletionStarted(started.dataset(), LATER));
        assertThat(again.events()).isEmpty();
    }

    @Test
    void finishingADeletionRaisesDeletedAndRemovesThePermitResource() {
        Dataset deleting = created(aNewDataset().withAddToPermit(true)).dataset().markDeleting(EDITOR, LATER)
                .dataset();

        Transition finished = deleting.completeDeletion(MUCH_LATER);

        assertThat(finished.events()).containsExactly(new DatasetEvent.Deleted(finished.dataset()),
                new DatasetEvent.PermitResourceDeleted(finished.dataset()));
        assertThat(finished.events()).allSatisfy(event -> assertThat(event.occurredAt()).isEqualTo(MUCH_LATER));
    }

    @Test
    void finishingADeletionNotAddedToPermitTouchesNoPermitResource() {
        Dataset deleting = created(aNewDataset().withAddToPermit(false)).dataset().markDeleting(EDITOR, LATER)
                .dataset();

        assertThat(deleting.completeDeletion(MUCH_LATER).events())
                .containsExactly(new DatasetEvent.Deleted(deleting.completeDeletion(MUCH_LATER).dataset()));
    }
}
