package dev.corpora.rest.docs;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The contract for people and tools, open to anyone (see the security intercept-url-map): the spec as YAML and
 * JSON, Swagger UI at {@code /docs} and Redoc at {@code /redoc}. The pages load their scripts from the webjars,
 * served as static resources under {@code /docs/assets} and {@code /redoc/assets}, so they work offline.
 */
@Controller
class DocsController {
    static final String YAML = "application/yaml";
    static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final ApiDocument document;
    private final byte[] swaggerUi;
    private final byte[] redoc;

    DocsController(ApiDocument document) {
        this.document = document;
        this.swaggerUi = page("docs/swagger-ui.html", "docs/assets/"
                + Classpath.webJarVersion("org.webjars", "swagger-ui"));
        this.redoc = page("docs/redoc.html", "redoc/assets/"
                + Classpath.webJarVersion("org.webjars.npm", "redoc"));
    }

    @Get("/openapi.yml")
    @Produces(YAML)
    HttpResponse<byte[]> yaml() {
        return HttpResponse.ok(document.yaml()).contentType(YAML);
    }

    @Get("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> json() {
        return HttpResponse.ok(document.json()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get("/docs")
    @Produces(HTML)
    HttpResponse<?> swaggerUi(HttpRequest<?> request) {
        return page(request, "../docs", swaggerUi);
    }

    @Get("/redoc")
    @Produces(HTML)
    HttpResponse<?> redoc(HttpRequest<?> request) {
        return page(request, "../redoc", redoc);
    }

    /**
     * The router also sends {@code /docs/} here, where the page's relative links would miss: send the browser to
     * the page's one address instead.
     */
    private static HttpResponse<?> page(HttpRequest<?> request, String canonical, byte[] html) {
        if (request.getPath().endsWith("/")) {
            return HttpResponse.redirect(URI.create(canonical));
        }
        return HttpResponse.ok(html.clone()).contentType(HTML);
    }

    /** Relative asset links, so the pages also work behind a proxy that serves Corpora under a path prefix. */
    private static byte[] page(String template, String assets) {
        return Classpath.text(template).replace("{{assets}}", assets).getBytes(StandardCharsets.UTF_8);
    }
}
