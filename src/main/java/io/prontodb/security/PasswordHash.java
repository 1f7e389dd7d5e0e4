package io.prontodb.security;

/** A stored password: the KDF's name and cost, the per-user salt, and the derived bytes. */
public record PasswordHash(String kdf, int iterations, byte[] salt, byte[] hash) {
}
