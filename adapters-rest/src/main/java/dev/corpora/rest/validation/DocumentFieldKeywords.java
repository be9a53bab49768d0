package dev.corpora.rest.validation;

import com.networknt.schema.SchemaContext;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordFactory;
import java.util.Set;

/**
 * The validator reads the whole OpenAPI document as the resource its schemas live in, so it meets the document's
 * own fields ({@code openapi}, {@code paths}, ...) as if they were keywords of a root schema. Those are not
 * schema keywords and validate nothing: they are kept as annotations without a word, where the library's
 * factory would log a warning for each at every start. Any other unknown keyword, a misspelled one in a schema,
 * still goes to the library's factory and its warning.
 */
final class DocumentFieldKeywords implements KeywordFactory {
    static final Set<String> DOCUMENT_FIELDS = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths",
            "webhooks", "components", "security", "tags", "externalDocs");

    private final KeywordFactory otherwise;

    DocumentFieldKeywords(KeywordFactory otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public Keyword getKeyword(String value, SchemaContext schemaContext) {
        return DOCUMENT_FIELDS.contains(value) ? new AnnotationKeyword(value)
                : otherwise.getKeyword(value, schemaContext);
    }
}
