package dev.corpora.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corpora.client.model.DatasetGetManyResponse;
import dev.corpora.client.model.DatasetResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The README's Java example is code that works: it compiles in every build, and runs in the scenario. */
class ReadmeExampleTest {

    @Test
    void readmeExampleCompilesAgainstTheGeneratedClient() {
        ReadmeExample.fromReadme();
    }

    @Test
    @Tag("scenario")
    void readmeExampleLogsInCreatesAndListsAgainstTheService() throws Exception {
        ScenarioEnvironment environment = ScenarioEnvironment.read();
        String name = ScenarioEnvironment.RUN_PREFIX + "Holiday_Photos";

        Object listed = ReadmeExample.fromReadme()
                .call(environment.url(), environment.clientId(), environment.clientSecret(), name);

        assertThat(listed).isInstanceOfSatisfying(DatasetGetManyResponse.class, page ->
                assertThat(page.getData()).extracting(DatasetResponse::getName).containsExactly(name));
    }
}
