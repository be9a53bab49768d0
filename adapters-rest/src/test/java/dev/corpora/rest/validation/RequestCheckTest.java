package dev.corpora.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract check against the real {@code openapi.yml}: every problem, its full location, its word. */
class RequestCheckTest {
    private static final ApiContract CONTRACT = new ApiContract();
    private static final RequestCheck CHECK = new RequestCheck(new SchemaProblems(CONTRACT::schemaAt));
    private static final String DATASET = "/api/v1/datasets/3fa85f64-5717-4562-b3fc-2c963f66afa6";

    @Test
    void listsAWrongTypeBesideABadEnum() {
        assertThat(create("{\"name\": 5, \"encoder_name\": \"nope\"}")).containsExactly(
                "body.name string_type", "body.encoder_name enum");
    }

    @Test
    void listsEveryProblemOfABodyInTheOrderTheyWereWritten() {
        assertThat(create("{\"name\":\"a b\",\"encoder_name\":\"multimodal\",\"description\":7,"
                + "\"store_original\":\"maybe\",\"allowed_asset_types\":\"image\"}")).containsExactly(
                "body.name string_pattern_mismatch", "body.description string_type",
                "body.store_original bool_parsing", "body.allowed_asset_types list_type");
    }

    @Test
    void namesListItemsAndMapKeysInTheLocation() {
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\","
                + "\"metadata_fields_to_index\":[\"a\",5,\"\"],"
                + "\"dataset_config\":{\"embedding_id\":{\"image\":\"no\"},\"encoder_name\":{\"image\":7}}}"))
                .containsExactly("body.metadata_fields_to_index.1 string_type",
                        "body.metadata_fields_to_index.2 string_too_short",
                        "body.dataset_config.embedding_id.image uuid_parsing",
                        "body.dataset_config.encoder_name.image string_type");
    }

    @Test
    void aMissingFieldComesAfterWhatItsObjectHolds() {
        assertThat(create("{\"description\": 1}")).containsExactly(
                "body.description string_type", "body.name missing", "body.encoder_name missing");
    }

    @Test
    void reportsOneProblemPerValueTheFirstRuleItBreaks() {
        assertThat(create("{\"name\":\"\",\"encoder_name\":\"multimodal\"}")).containsExactly(
                "body.name string_too_short");
    }

    @Test
    void acceptsNullWhereTheSpecSaysNullable() {
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\",\"description\":null,"
                + "\"dataset_config\":null,\"metadata_fields_to_index\":null,"
                + "\"keyframe_uniform_fps_sampling_rate\":null}")).isEmpty();
    }

    @Test
    void rejectsTextThatCannotBeStored() {
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\",\"description\":\"a\\u0000b\","
                + "\"metadata_fields_to_embed\":[\"\\ud800\"],"
                + "\"dataset_config\":{\"embedding_id\":{},\"encoder_name\":{},"
                + "\"agentic_search_metadata_description\":{\"k\\u0000\":\"v\"}}}")).containsExactly(
                "body.description string_unicode", "body.metadata_fields_to_embed.0 string_unicode",
                "body.dataset_config.agentic_search_metadata_description.k\u0000 string_unicode");
    }

    @Test
    void malformedJsonTrailingContentAndRepeatedKeysAreInvalidJson() {
        assertThat(create("{\"name\": ")).containsExactly("body json_invalid");
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\"} garbage")).containsExactly(
                "body json_invalid");
        assertThat(create("{\"name\":\"ok\",\"name\":\"ok\",\"encoder_name\":\"multimodal\"}")).containsExactly(
                "body json_invalid");
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\"}  \n")).isEmpty();
    }

    @Test
    void aRequiredBodyThatIsMissingOrNullOrNotAnObject() {
        assertThat(create("")).containsExactly("body missing");
        assertThat(create("null")).containsExactly("body missing");
        assertThat(create("[]")).containsExactly("body model_attributes_type");
    }

    @Test
    void numbersOutsideTheirJavaTypeOrNotFiniteAreRejected() {
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\","
                + "\"keyframe_uniform_fps_sampling_rate\":1e400,\"dataset_config\":{\"embedding_id\":{},"
                + "\"encoder_name\":{},\"extra_config\":{\"composite_settings\":"
                + "{\"s\":{\"maximum_slice_duration_seconds\":99999999999}}},"
                + "\"hybrid_search\":{\"weights\":{\"image\":1e400}}}}")).containsExactly(
                "body.keyframe_uniform_fps_sampling_rate finite_number",
                "body.dataset_config.extra_config.composite_settings.s.maximum_slice_duration_seconds int_parsing",
                "body.dataset_config.hybrid_search.weights.image finite_number");
    }

    @Test
    void listsEveryBadQueryValueAtItsName() {
        assertThat(list(Map.of("skip", List.of("-1"), "limit", List.of("abc"), "created_after", List.of("yesterday"),
                "store_original", List.of("perhaps")))).containsExactly("query.store_original bool_parsing",
                "query.created_after datetime_parsing", "query.skip greater_than_equal", "query.limit int_parsing");
    }

    @Test
    void namesABadItemOfARepeatedQueryValueByItsIndex() {
        assertThat(list(Map.of("status", List.of("active", "gone"), "dataset_ids", List.of("x",
                "3fa85f64-5717-4562-b3fc-2c963f66afa6")))).containsExactly("query.dataset_ids.0 uuid_parsing",
                "query.status.1 enum");
    }

    @Test
    void readsQueryValuesAsTheirTypes() {
        assertThat(list(Map.of("skip", List.of("+5"), "limit", List.of("1000"), "store_original", List.of("Yes"),
                "created_after", List.of("2026-01-01t00:00:00.123456789z"), "name_pattern", List.of("a*")))).isEmpty();
        assertThat(list(Map.of("limit", List.of("1001")))).containsExactly("query.limit less_than_equal");
        assertThat(list(Map.of("skip", List.of("99999999999")))).containsExactly("query.skip int_parsing");
    }

    @Test
    void queryTextThatCannotBeStoredAndDatesOutsideYearsOneTo9999() {
        assertThat(list(Map.of("name_pattern", List.of("a\u0000"), "created_after",
                List.of("+999999999-12-31T23:59:59Z"), "created_before", List.of("0000-01-01T00:00:00Z"),
                "last_updated_after", List.of("9999-12-31T23:00:00-05:00")))).containsExactly(
                "query.created_before datetime_parsing", "query.created_after datetime_parsing",
                "query.last_updated_after datetime_parsing", "query.name_pattern string_unicode");
    }

    @Test
    void aBadPathIdAndABadIfMatchAreNamedWhereTheyWere() {
        var match = CONTRACT.match("PATCH", "/api/v1/datasets/not-a-uuid").orElseThrow();
        var result = CHECK.check(match, p -> p.name().equals("If-Match") ? List.of("3") : List.of(),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThat(words(result.problems())).containsExactly("path.dataset_id uuid_parsing",
                "header.If-Match string_pattern_mismatch");
    }

    @Test
    void ifMatchTakesWhatTheServiceUnderstands() {
        var match = CONTRACT.match("DELETE", DATASET).orElseThrow();
        for (String ifMatch : List.of("*", "\"3\"", "W/\"3\"", "\"3\", \"4\"", "\"abc\"")) {
            assertThat(CHECK.check(match, p -> List.of(ifMatch), null).problems()).as(ifMatch).isEmpty();
        }
    }

    @Test
    void caps() {
        String many = "[" + "\"f\",".repeat(256) + "\"f\"]";
        assertThat(create("{\"name\":\"ok\",\"encoder_name\":\"multimodal\",\"metadata_fields_to_index\":" + many
                + ",\"metadata_fields_to_embed\":[\"" + "x".repeat(256) + "\"]}")).containsExactly(
                "body.metadata_fields_to_index too_long", "body.metadata_fields_to_embed.0 string_too_long");
        List<String> ids = java.util.Collections.nCopies(1001, "3fa85f64-5717-4562-b3fc-2c963f66afa6");
        assertThat(list(Map.of("dataset_ids", ids))).containsExactly("query.dataset_ids too_long");
    }

    @Test
    void aRequestListsAtMostAHundredProblems() {
        String items = String.join(",", java.util.Collections.nCopies(150, "5"));
        var problems = problems("POST", "/api/v1/datasets", Map.of(),
                "{\"name\":\"ok\",\"encoder_name\":\"multimodal\",\"metadata_fields_to_index\":[" + items + "]}");
        assertThat(problems).hasSize(RequestCheck.MAX_PROBLEMS);
        assertThat(problems.get(99).loc()).containsExactly("body", "metadata_fields_to_index", 99);
    }

    private static List<String> create(String body) {
        return words(problems("POST", "/api/v1/datasets", Map.of(), body));
    }

    private static List<String> list(Map<String, List<String>> query) {
        return words(problems("GET", "/api/v1/datasets", query, null));
    }

    private static List<Problem> problems(String method, String path, Map<String, List<String>> query, String body) {
        var match = CONTRACT.match(method, path).orElseThrow();
        return CHECK.check(match, p -> query.getOrDefault(p.name(), List.of()),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8)).problems();
    }

    private static List<String> words(List<Problem> problems) {
        return problems.stream().map(p -> String.join(".", p.loc().stream().map(String::valueOf).toList()) + " "
                + p.type()).toList();
    }
}
