package dev.corpora.application.access;

/** A client id and its secret, as presented at login. */
public record ClientCredentials(String clientId, String secret) {
    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", secret=…]";
    }
}
