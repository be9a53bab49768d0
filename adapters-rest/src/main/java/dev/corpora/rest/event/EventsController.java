package dev.corpora.rest.event;

import dev.corpora.api.EventsApi;
import dev.corpora.api.model.CloudEvent;
import dev.corpora.api.model.EventPage;
import dev.corpora.application.event.EventFeedPage;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.ReadEvents;
import dev.corpora.rest.access.CurrentActor;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

@Controller
class EventsController implements EventsApi {
    private static final int DEFAULT_LIMIT = 100;

    private final ReadEvents readEvents;
    private final CurrentActor actor;
    private final ObjectMapper json;

    EventsController(ReadEvents readEvents, CurrentActor actor, ObjectMapper json) {
        this.readEvents = readEvents;
        this.actor = actor;
        this.json = json;
    }

    /** The contract check has passed {@code after} (digits) and {@code limit} (1 to 1000). */
    @Override
    public HttpResponse<EventPage> getEvents(String after, Integer limit) {
        EventFeedPage page = readEvents.handle(after == null ? 0 : Long.parseLong(after),
                limit == null ? DEFAULT_LIMIT : limit, actor.get());
        return HttpResponse.ok(new EventPage().data(page.events().stream().map(this::read).toList())
                .nextCursor(Long.toString(page.next())));
    }

    private CloudEvent read(EventMessage message) {
        try {
            return json.readValue(message.body(), CloudEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored event " + message.id(), e);
        }
    }
}
