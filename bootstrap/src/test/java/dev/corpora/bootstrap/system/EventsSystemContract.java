package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corpora.domain.access.Role;
import dev.corpora.persistence.testing.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The events every operation leaves, as the feed shows them: CloudEvents in the order of each dataset's changes,
 * none for a rejected change, paged by cursor, and only the caller's organization's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventsSystemContract {
    private TestDatabase database;
    private RunningCorpora corpora;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        database = database();
        corpora = new RunningCorpora(database, Map.of());
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    /** A writer of an organization of its own, so that its feed holds only this test's events. */
    private String newWriter() {
        String client = RunningCorpora.uniqueName("events");
        corpora.addClient(client, "secret", "org-" + UUID.randomUUID(), Set.of(Role.WRITER));
        return "Bearer " + corpora.login(client, "secret");
    }

    private String create(String writer, String name, boolean addToPermit) {
        HttpResponse<String> created = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer,
                "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\",\"add_to_permit\":" + addToPermit + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return EventFeed.json(created.body()).get("id").asText();
    }

    private String datasetUrl(String id) {
        return corpora.baseUrl() + "/api/v1/datasets/" + id;
    }

    @Test
    void everyOperationLeavesItsEventsInTheOrderOfTheChanges() {
        String writer = newWriter();
        EventFeed feed = new EventFeed(corpora, writer);
        String id = create(writer, "Announced", true);
        assertThat(RawHttp.send("PATCH", datasetUrl(id), writer,
                "{\"name\":\"Renamed\",\"description\":\"now described\"}").statusCode()).isEqualTo(200);
        assertThat(RawHttp.send("DELETE", datasetUrl(id), writer, null).statusCode()).isEqualTo(200);
        corpora.finishDeletions();

        List<JsonNode> events = feed.awaitAbout(id, 6);

        assertThat(EventFeed.types(events)).containsExactly("dev.corpora.dataset.created",
                "dev.corpora.permit.resource.created", "dev.corpora.dataset.updated",
                "dev.corpora.dataset.deletion_started", "dev.corpora.dataset.deleted",
                "dev.corpora.permit.resource.deleted");
        assertThat(events.get(0).get("data").get("name").asText()).isEqualTo("Announced");
        assertThat(events.get(2).get("changedfields").asText()).isEqualTo("name,description");
        assertThat(events.get(2).get("data").get("name").asText()).isEqualTo("Renamed");
        assertThat(events.get(3).get("data").get("status").asText()).isEqualTo("deleting");
        assertThat(events.get(4).get("data").get("status").asText()).isEqualTo("deleted");
        assertThat(events.stream().map(event -> event.get("id").asText()).distinct()).hasSize(6);
    }

    @Test
    void eachEventIsACloudEventAboutItsDataset() {
        String writer = newWriter();
        String id = create(writer, "Described", true);

        List<JsonNode> events = new EventFeed(corpora, writer).awaitAbout(id, 2);

        JsonNode created = events.get(0);
        assertThat(created.get("specversion").asText()).isEqualTo("1.0");
        assertThat(UUID.fromString(created.get("id").asText())).isNotNull();
        assertThat(created.get("source").asText()).isEqualTo("/corpora/datasets");
        assertThat(created.get("subject").asText()).isEqualTo(id);
        assertThat(created.get("time").asText()).endsWith("Z")
                .isEqualTo(created.get("data").get("created_dt").asText());
        assertThat(created.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(created.get("organization").asText()).startsWith("org-");
        assertThat(created.get("data").get("id").asText()).isEqualTo(id);
        assertThat(created.get("data").get("status").asText()).isEqualTo("active");

        JsonNode permit = events.get(1).get("data");
        assertThat(permit.get("resource").asText()).isEqualTo("dataset");
        assertThat(permit.get("key").asText()).isEqualTo(id);
        assertThat(permit.get("tenant").asText()).isEqualTo(created.get("organization").asText());
        assertThat(permit.get("role_assignments").get(0).get("role").asText()).isEqualTo("owner");
        assertThat(permit.get("role_assignments").get(0).get("user").asText()).startsWith("events_");
    }

    @Test
    void aDatasetNotAddedToPermitHasNoPermitEvents() {
        String writer = newWriter();
        String id = create(writer, "Unlisted", false);
        RawHttp.send("DELETE", datasetUrl(id), writer, null);
        corpora.finishDeletions();

        assertThat(EventFeed.types(new EventFeed(corpora, writer).awaitAbout(id, 3))).containsExactly(
                "dev.corpora.dataset.created", "dev.corpora.dataset.deletion_started", "dev.corpora.dataset.deleted");
    }

    @Test
    void aRejectedChangeLeavesNoEvent() {
        String writer = newWriter();
        EventFeed feed = new EventFeed(corpora, writer);
        String id = create(writer, "Kept", false);
        create(writer, "Taken", false);

        assertThat(RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets", writer,
                "{\"name\":\"taken\",\"encoder_name\":\"multimodal\"}").statusCode()).isEqualTo(409);
        assertThat(RawHttp.send("PATCH", datasetUrl(id), writer, "{\"name\":\"Taken\"}").statusCode())
                .isEqualTo(409);
        HttpResponse<String> stale = RawHttp.exchange(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(datasetUrl(id))).method("PATCH",
                        java.net.http.HttpRequest.BodyPublishers.ofString("{\"description\":\"late\"}"))
                .header("Content-Type", "application/json").header("Authorization", writer)
                .header("If-Match", "\"7\""));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(RawHttp.send("PATCH", datasetUrl(id), writer, "{\"name\":\"\"}").statusCode()).isEqualTo(422);
        // a change that is made, after the rejected ones: once its event is in, so would theirs be
        assertThat(RawHttp.send("PATCH", datasetUrl(id), writer, "{\"description\":\"made\"}").statusCode())
                .isEqualTo(200);

        List<JsonNode> all = feed.awaitAbout(id, 2);
        assertThat(EventFeed.types(all)).containsExactly("dev.corpora.dataset.created",
                "dev.corpora.dataset.updated");
        assertThat(EventFeed.types(feed.all(1000))).containsExactly("dev.corpora.dataset.created",
                "dev.corpora.dataset.created", "dev.corpora.dataset.updated");
    }

    @Test
    void theFeedPagesByCursorAndResumesWithoutLosingOrRepeating() {
        String writer = newWriter();
        EventFeed feed = new EventFeed(corpora, writer);
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = create(writer, "Paged_" + i, false);
        }
        feed.awaitAbout(last, 1);

        HttpResponse<String> firstAnswer = feed.page("?limit=2");
        JsonNode first = EventFeed.json(firstAnswer.body());
        JsonNode second = EventFeed.json(feed.page("?limit=2&after=" + first.get("next_cursor").asText()).body());
        JsonNode rest = EventFeed.json(feed.page("?after=" + second.get("next_cursor").asText()).body());
        JsonNode end = EventFeed.json(feed.page("?after=" + rest.get("next_cursor").asText()).body());

        assertThat(firstAnswer.statusCode()).isEqualTo(200);
        assertThat(first.get("data")).hasSize(2);
        assertThat(second.get("data")).hasSize(2);
        assertThat(rest.get("data")).hasSize(1);
        assertThat(end.get("data")).isEmpty();
        assertThat(end.get("next_cursor").asText()).isEqualTo(rest.get("next_cursor").asText());
        assertThat(feed.all(2)).extracting(event -> event.get("data").get("name").asText())
                .containsExactly("Paged_0", "Paged_1", "Paged_2", "Paged_3", "Paged_4");
    }

    @Test
    void anotherOrganizationSeesNoneOfTheEvents() {
        String writer = newWriter();
        String id = create(writer, "Private", true);
        new EventFeed(corpora, writer).awaitAbout(id, 2);

        assertThat(new EventFeed(corpora, newWriter()).all(1000)).isEmpty();
    }

    @Test
    void aBadCursorOrLimitIsTheContractsValidationError() {
        EventFeed feed = new EventFeed(corpora, newWriter());

        for (String query : List.of("?after=abc", "?after=-1", "?limit=0", "?limit=1001")) {
            HttpResponse<String> answer = feed.page(query);
            assertThat(answer.statusCode()).as(query).isEqualTo(422);
            assertThat(answer.body()).as(query).contains("\"loc\":[\"query\"");
        }
    }

    @Test
    void theFeedNeedsAToken() {
        assertThat(RawHttp.send("GET", corpora.baseUrl() + "/api/v1/events", null, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void eventsOlderThanTheRetentionAreRemovedAndAReaderBehindThemGets410() throws InterruptedException {
        // both events must be in the feed at once before the first expires: 3 s leaves a loaded machine room for
        // the second create and the relay's pass
        try (RunningCorpora forgetful = new RunningCorpora(database, Map.of("corpora.events.retention", "3s"))) {
            String client = RunningCorpora.uniqueName("forgetful");
            forgetful.addClient(client, "secret", "org-" + UUID.randomUUID(), Set.of(Role.WRITER));
            String writer = "Bearer " + forgetful.login(client, "secret");
            EventFeed feed = new EventFeed(forgetful, writer);
            for (String name : List.of("Fleeting_1", "Fleeting_2")) {
                assertThat(RawHttp.send("POST", forgetful.baseUrl() + "/api/v1/datasets", writer,
                        "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\",\"add_to_permit\":false}")
                        .statusCode()).isEqualTo(200);
            }
            java.time.Instant giveUp = java.time.Instant.now().plusSeconds(15);
            while (feed.all(10).size() < 2 && java.time.Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
            String afterTheFirst = EventFeed.json(feed.page("?limit=1").body()).get("next_cursor").asText();

            HttpResponse<String> behind = feed.page("?after=" + afterTheFirst);
            while (behind.statusCode() == 200 && java.time.Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
                behind = feed.page("?after=" + afterTheFirst);
            }

            assertThat(behind.statusCode()).as(behind.body()).isEqualTo(410);
            assertThat(behind.body()).contains("\"detail\"").contains("no longer kept");
            assertThat(feed.page("").statusCode()).isEqualTo(200);
        }
    }
}
