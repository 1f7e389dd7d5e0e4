package io.prontodb.security;

/** A newly made API key or session token: shown once, then only its digest remains. */
public record IssuedSecret(long id, String user, String secret, Long expiresAt) {
}
