package io.prontodb.security;

/** What a caller presents to prove who it is. */
public sealed interface Credentials {

    record Password(String user, char[] password) implements Credentials {
    }

    record ApiKey(String key) implements Credentials {
    }

    record SessionToken(String token) implements Credentials {
    }
}
