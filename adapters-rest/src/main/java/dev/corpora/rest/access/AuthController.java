package dev.corpora.rest.access;

import dev.corpora.api.AuthApi;
import dev.corpora.api.model.AccessTokenResponse;
import dev.corpora.api.model.LoginRequest;
import dev.corpora.application.access.AccessToken;
import dev.corpora.application.access.LogIn;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.context.ServerRequestContext;

/** Login: HTTP Basic client credentials, accepted on this path and nowhere else, for a bearer token. */
@Controller
class AuthController implements AuthApi {
    private final LogIn logIn;

    AuthController(LogIn logIn) {
        this.logIn = logIn;
    }

    @Override
    public AccessTokenResponse login(LoginRequest loginRequest) {
        String authorization = ServerRequestContext.currentRequest()
                .flatMap(request -> request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class))
                .orElse(null);
        AccessToken token = logIn.handle(BasicCredentials.parse(authorization),
                loginRequest == null ? null : loginRequest.getGrantType());
        return new AccessTokenResponse().accessToken(token.value()).tokenType("Bearer")
                .expiresIn((int) token.lifetime().toSeconds());
    }
}
