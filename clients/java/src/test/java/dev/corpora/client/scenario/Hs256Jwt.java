package dev.corpora.client.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A JWT signed with HS256 through javax.crypto.Mac: a token the service accepts without a login (step 10). */
final class Hs256Jwt {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Hs256Jwt() {
    }

    static String signed(Map<String, Object> claims, String secret) {
        String unsigned = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        return unsigned + "." + BASE64URL.encodeToString(hmacSha256(unsigned, secret));
    }

    private static String part(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] hmacSha256(String data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
