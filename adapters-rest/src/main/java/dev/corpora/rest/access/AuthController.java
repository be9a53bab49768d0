package dev.corpora.rest.access;

import dev.corpora.api.AuthApi;
import dev.corpora.api.model.AccessTokenResponse;
import dev.corpora.api.model.LoginRequest;
import dev.corpora.application.access.AccessToken;
import dev.corpora.application.access.LogIn;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;

/** Login: HTTP Basic client credentials, accepted on this path and nowhere else, for a bearer token no cache keeps. */
@Controller
class AuthController implements AuthApi {
    private final LogIn logIn;

    AuthController(LogIn logIn) {
        this.logIn = logIn;
    }

    @Override
    public HttpResponse<AccessTokenResponse> login(LoginRequest loginRequest) {
        HttpRequest<?> request = ServerRequestContext.currentRequest()
                .orElseThrow(() -> new IllegalStateException("a login outside a request"));
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class).orElse(null);
        AccessToken token = logIn.handle(BasicCredentials.parse(authorization),
                loginRequest == null ? null : loginRequest.getGrantType(),
                request.getRemoteAddress().getAddress().getHostAddress());
        return HttpResponse.ok(new AccessTokenResponse().accessToken(token.value()).tokenType("Bearer")
                .expiresIn((int) token.lifetime().toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.PRAGMA, "no-cache");
    }
}
