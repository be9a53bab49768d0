package dev.corpora.rest.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.KeywordFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document's own fields pass without a word; an unknown keyword in a schema is still reported. */
class DocumentFieldKeywordsTest {
    private final List<String> reported = new ArrayList<>();
    private final KeywordFactory recording = (value, context) -> {
        reported.add(value);
        return new AnnotationKeyword(value);
    };

    @Test
    void theDocumentsOwnFieldsAreAnnotationsNotReported() {
        var keywords = new DocumentFieldKeywords(recording);
        for (String field : List.of("openapi", "info", "servers", "tags", "security", "paths", "components")) {
            assertThat(keywords.getKeyword(field, null)).isInstanceOf(AnnotationKeyword.class)
                    .extracting(keyword -> keyword.getValue()).isEqualTo(field);
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void anyOtherUnknownKeywordIsReported() {
        new DocumentFieldKeywords(recording).getKeyword("minLenght", null);

        assertThat(reported).containsExactly("minLenght");
    }

    @Test
    void theSpecUsesNoSchemaKeywordTheValidatorDoesNotKnow() {
        var contract = new ApiContract(ApiContract.read(ApiContract.RESOURCE), recording);
        var create = contract.match("POST", "/api/v1/datasets").orElseThrow();
        new RequestCheck(new SchemaProblems(contract::schemaAt)).check(create, parameter -> List.of(),
                "{\"name\":\"ok\",\"encoder_name\":\"multimodal\",\"dataset_config\":{\"embedding_id\":{}}}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(reported).isEmpty();
    }
}
