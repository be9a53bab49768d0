package dev.corpora.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.corpora.persistence.testing.H2TestDatabase;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tokens from an identity provider: RS256, verified with the public key of a JWKS document this test serves
 * itself, and held to the same claim rules as Corpora's own tokens. The database plays no part: H2 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalIdentityProviderSystemTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String KEY_ID = "provider-key-1";
    private static final long NOW = System.currentTimeMillis() / 1000;

    private final KeyPair provider = rsa();
    private HttpServer jwks;
    private H2TestDatabase database;
    private RunningCorpora corpora;

    @BeforeAll
    void start() throws IOException {
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] document = jwks(provider).getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            exchange.getResponseBody().write(document);
            exchange.close();
        });
        jwks.start();
        database = new H2TestDatabase();
        corpora = new RunningCorpora(database, Map.of("micronaut.security.token.jwt.signatures.jwks.provider.url",
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json"));
    }

    @AfterAll
    void stop() {
        RunningCorpora.closeAll(corpora, database);
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void aProviderTokenThatKeepsEveryRuleActsForItsOrganization() {
        String token = sign(provider, claims("\"roles\":[\"writer\"],\"exp\":" + (NOW + 600)));
        String name = RunningCorpora.uniqueName("FromProvider");

        HttpResponse<String> create = RawHttp.send("POST", corpora.baseUrl() + "/api/v1/datasets",
                "Bearer " + token, "{\"name\":\"" + name + "\",\"encoder_name\":\"multimodal\"}");

        assertThat(create.statusCode()).as(create.body()).isEqualTo(200);
        assertThat(create.body()).contains("\"name\":\"" + name + "\"");
    }

    @Test
    void providerTokensAreHeldToTheSameClaimRules() {
        Map<String, String> broken = Map.of(
                "no exp", claims("\"roles\":[\"writer\"]"),
                "roles a string", claims("\"roles\":\"writer\",\"exp\":" + (NOW + 600)),
                "expired", claims("\"roles\":[\"writer\"],\"exp\":" + (NOW - 600)),
                "nbf an hour ahead", claims("\"roles\":[\"writer\"],\"exp\":" + (NOW + 7200) + ",\"nbf\":" + (NOW + 3600)));

        broken.forEach((why, claims) -> {
            HttpResponse<String> answer = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders",
                    "Bearer " + sign(provider, claims), null);

            assertThat(answer.statusCode()).as(why).isEqualTo(401);
            RawResponses.isBearerChallenge(answer);
        });
    }

    @Test
    void aTokenSignedWithAnotherKeyUnderTheProvidersKeyIdIsRefused() {
        String forged = sign(rsa(), claims("\"roles\":[\"admin\"],\"exp\":" + (NOW + 600)));

        HttpResponse<String> answer = RawHttp.send("GET", corpora.baseUrl() + "/api/v1/encoders", "Bearer " + forged,
                null);

        RawResponses.isBearerChallenge(answer);
    }

    private static String claims(String more) {
        return "{\"sub\":\"user@provider\",\"org_id\":\"" + RunningCorpora.ORG + "\",\"iss\":\"corpora\","
                + "\"aud\":\"corpora\",\"iat\":" + NOW + "," + more + "}";
    }

    private static String sign(KeyPair key, String claims) {
        String unsigned = part("{\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"typ\":\"JWT\"}") + "." + part(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwks(KeyPair key) {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + KEY_ID + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + unsigned(publicKey.getModulus()) + "\",\"e\":\"" + unsigned(publicKey.getPublicExponent()) + "\"}]}";
    }

    /** A JWK's big integers are unsigned big-endian, without the sign byte Java adds. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64.encodeToString(bytes);
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
