package dev.corpora.rest.access;

import dev.corpora.application.access.ClientCredentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads {@code Authorization: Basic base64(client_id:client_secret)}. */
final class BasicCredentials {
    private static final String PREFIX = "basic ";

    private BasicCredentials() {
    }

    /** @throws NotAuthenticated with a Basic challenge when the header is missing or malformed */
    static ClientCredentials parse(String authorization) {
        if (authorization == null || authorization.length() <= PREFIX.length()
                || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new NotAuthenticated("HTTP Basic client credentials are required", "Basic");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(PREFIX.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new NotAuthenticated("Malformed HTTP Basic credentials", "Basic");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || hasControlCharacter(decoded)) {
            throw new NotAuthenticated("Malformed HTTP Basic credentials", "Basic");
        }
        return new ClientCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** RFC 7617 allows no control characters in either part; a NUL would also never reach a database intact. */
    private static boolean hasControlCharacter(String credentials) {
        return credentials.chars().anyMatch(Character::isISOControl);
    }
}
