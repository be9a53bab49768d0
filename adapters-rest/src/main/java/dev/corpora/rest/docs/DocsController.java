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
    static final String JAVASCRIPT = "application/javascript";
    /**
     * The pages run only their own scripts (no inline one: Swagger UI's set-up is {@code swagger-init.js}), in no
     * frame. Both libraries style their elements inline, and Redoc searches in a worker it makes from a blob.
     * Images from this service only: Redoc's sidebar would otherwise fetch its maker's logo from cdn.redoc.ly.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    private final ApiDocument document;
    private final byte[] swaggerUi;
    private final byte[] redoc;
    private final byte[] swaggerInit = Classpath.text("docs/swagger-init.js").getBytes(StandardCharsets.UTF_8);

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

    @Get("/docs/swagger-init.js")
    @Produces(JAVASCRIPT)
    HttpResponse<byte[]> swaggerInit() {
        return HttpResponse.ok(swaggerInit.clone()).contentType(JAVASCRIPT);
    }

    /**
     * The router also sends {@code /docs/} here, where the page's relative links would miss: send the browser to
     * the page's one address instead.
     */
    private static HttpResponse<?> page(HttpRequest<?> request, String canonical, byte[] html) {
        if (request.getPath().endsWith("/")) {
            return HttpResponse.redirect(URI.create(canonical));
        }
        return HttpResponse.ok(html.clone()).contentType(HTML).header("Content-Security-Policy", PAGE_POLICY);
    }

    /** Relative asset links, so the pages also work behind a proxy that serves Corpora under a path prefix. */
    private static byte[] page(String template, String assets) {
        return Classpath.text(template).replace("{{assets}}", assets).getBytes(StandardCharsets.UTF_8);
    }
}
