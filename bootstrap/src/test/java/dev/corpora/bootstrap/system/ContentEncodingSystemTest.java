package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.persistence.testing.H2TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Compressed answers use codings every client reads: never snappy, which Netty would pick for a wildcard. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentEncodingSystemTest {
    private final H2TestDatabase database = new H2TestDatabase();
    private RunningCorpora corpora;

    @BeforeAll
    void start() {
        corpora = new RunningCorpora(database);
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
    }

    @Test
    void aWildcardAcceptEncodingGetsGzip() throws Exception {
        assertThat(encodingFor("*")).contains("gzip");
        assertThat(encodingFor("br, *;q=0.5")).contains("gzip");
    }

    @Test
    void identityStaysUncompressed() throws Exception {
        assertThat(encodingFor("identity")).isEmpty();
    }

    private java.util.Optional<String> encodingFor(String acceptEncoding) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(corpora.baseUrl() + "/api/v1/encoders"))
                .header("Authorization", "Bearer " + corpora.login(RunningCorpora.ADMIN_ID,
                        RunningCorpora.ADMIN_SECRET))
                .header("Accept-Encoding", acceptEncoding).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Encoding");
    }
}
