package dev.corpora.application.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corpora.application.Actors;
import dev.corpora.domain.error.Forbidden;
import org.junit.jupiter.api.Test;

class ListEncodersTest {
    private final ListEncoders listEncoders = new ListEncoders();

    @Test
    void readerGetsAllNineEncoders() {
        assertThat(listEncoders.handle(Actors.reader())).hasSize(9);
    }

    @Test
    void actorWithoutRolesIsForbidden() {
        assertThatThrownBy(() -> listEncoders.handle(Actors.nobody())).isInstanceOf(Forbidden.class);
    }
}
