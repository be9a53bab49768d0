package dev.corpora.bootstrap.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-made JWTs, to check what the service refuses. */
final class Tokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static String claims(String issuer, long expiresAt, String roles) {
        long now = System.currentTimeMillis() / 1000;
        return "{\"sub\":\"someone\",\"org_id\":\"" + RunningCorpora.ORG + "\",\"roles\":" + roles
                + ",\"iss\":\"" + issuer + "\",\"aud\":\"corpora\",\"iat\":" + now + ",\"exp\":" + expiresAt + "}";
    }

    static String signed(String claims, String secret) {
        String unsigned = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claims);
        return unsigned + "." + B64.encodeToString(hmac(unsigned, secret));
    }

    static String unsigned(String claims) {
        return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(claims) + ".";
    }

    static long inAnHour() {
        return System.currentTimeMillis() / 1000 + 3600;
    }

    private static String part(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
