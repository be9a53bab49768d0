package dev.corpora.application.access;

import dev.corpora.domain.access.Actor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Issues a readable fake token per actor and remembers for whom. */
final class RecordingAccessTokens implements AccessTokens {
    private final List<Actor> issuedTo = new ArrayList<>();

    @Override
    public AccessToken issue(Actor actor) {
        issuedTo.add(actor);
        return new AccessToken("token-for-" + actor.subject(), Duration.ofHours(1));
    }

    List<Actor> issuedTo() {
        return issuedTo;
    }
}
