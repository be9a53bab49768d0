package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads an organization's event feed over HTTP, as a consumer would, page by page. */
final class EventFeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningCorpora corpora;
    private final String authorization;

    EventFeed(RunningCorpora corpora, String authorization) {
        this.corpora = corpora;
        this.authorization = authorization;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> page(String query) {
        return RawHttp.send("GET", corpora.baseUrl() + "/api/v1/events" + query, authorization, null);
    }

    /** Every event in the feed now, following the cursor with pages of {@code limit}. */
    List<JsonNode> all(int limit) {
        List<JsonNode> events = new ArrayList<>();
        String after = null;
        while (true) {
            HttpResponse<String> answer = page("?limit=" + limit + (after == null ? "" : "&after=" + after));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode page = json(answer.body());
            page.get("data").forEach(events::add);
            after = page.get("next_cursor").asText();
            if (page.get("data").size() < limit) {
                return events;
            }
        }
    }

    /** The events about one dataset, once as many as expected are in the feed (the relay runs every 100 ms). */
    List<JsonNode> awaitAbout(String datasetId, int expected) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(15));
        List<JsonNode> about = about(datasetId);
        while (about.size() < expected && Instant.now().isBefore(giveUp)) {
            sleep();
            about = about(datasetId);
        }
        return about;
    }

    List<JsonNode> about(String datasetId) {
        return all(1000).stream().filter(subjectIs(datasetId)).toList();
    }

    static Predicate<JsonNode> subjectIs(String datasetId) {
        return event -> event.get("subject").asText().equals(datasetId);
    }

    static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.get("type").asText()).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
