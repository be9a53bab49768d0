package dev.corpora.application.idempotency;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a request, as kept to be given again: its status, the headers worth repeating (the adapter
 * chooses them) and its body, byte for byte.
 */
public record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
    public StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredAnswer[" + status + ", " + headers + ", " + body.length + " bytes]";
    }
}
