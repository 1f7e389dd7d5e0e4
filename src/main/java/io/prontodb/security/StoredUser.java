package io.prontodb.security;

/** A user row: name, password hash, and whether the password is still the published default. */
public record StoredUser(String name, PasswordHash password, boolean defaultPassword) {
}
