package dev.corpora.rest.validation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one check of a request's shape, before anything is bound: every parameter, declared header and JSON body
 * against {@code openapi.yml}, every problem in one 422. A body that is not JSON is a 415. Runs after
 * authentication, so a caller without a token learns nothing but 401.
 *
 * <p>Creating and updating a dataset have business rules of their own (a config that must agree with the
 * dataset, names listed twice): when only their body's shape is wrong, the request goes on without the wrong
 * values, so that the use case can add what its rules find to the same 422 (see {@link ValidatedBody}).
 */
@ServerFilter("/api/**")
final class ContractFilter implements Ordered {
    private static final Set<String> WITH_BUSINESS_RULES = Set.of("createDataset", "updateDatasetById");

    private final ApiContract contract;
    private final RequestCheck check;

    ContractFilter(ApiContract contract) {
        this.contract = contract;
        this.check = new RequestCheck(new SchemaProblems(contract::schemaAt));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    /**
     * @throws RequestShapeRejected with every problem of a request whose shape is wrong
     * @throws HttpStatusException  415 for a body that is not JSON
     */
    @RequestFilter
    void check(HttpRequest<?> request, @Body @Nullable byte[] body) {
        // Micronaut answers HEAD with the GET route, so HEAD gets GET's check
        String method = request.getMethod() == HttpMethod.HEAD ? HttpMethod.GET.name() : request.getMethodName();
        Optional<ApiContract.Match> match = contract.match(method, request.getPath());
        if (match.isEmpty()) {
            return;
        }
        boolean sentBody = body != null && body.length > 0;
        if (match.get().operation().body() != null && sentBody && !isJson(request.getContentType())) {
            throw new HttpStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The request body must be application/json.");
        }
        RequestCheck.Result result = check.check(match.get(), parameter -> switch (parameter.in()) {
            case QUERY -> request.getParameters().getAll(parameter.name());
            case HEADER -> request.getHeaders().getAll(parameter.name());
            case PATH -> List.of();
        }, body);
        if (!result.passed() && !mayGoOn(match.get().operation(), result)) {
            throw new RequestShapeRejected(result.problems());
        }
        if (result.body() != null) {
            ValidatedBody.keep(request, new ValidatedBody(result.body(), result.passed() ? result.body()
                    : Pruning.without(result.body(), result.problems()), result.problems()));
        }
    }

    /**
     * Whether the use case should still see the request, to add its own findings to the body's problems: only
     * when every problem is inside a JSON object body, and all of them are known (none cut by the cap).
     */
    private static boolean mayGoOn(Operation operation, RequestCheck.Result result) {
        return WITH_BUSINESS_RULES.contains(operation.id()) && result.body() != null && result.body().isObject()
                && result.problems().size() < RequestCheck.MAX_PROBLEMS
                && result.problems().stream().allMatch(problem -> problem.loc().size() > 1
                        && "body".equals(problem.loc().get(0)));
    }

    private static boolean isJson(Optional<MediaType> contentType) {
        return contentType.map(type -> type.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON)).orElse(false);
    }
}
