package io.prontodb.security;

/** Who a bearer credential (API key or session token) proves, and which projects it may read or write. */
public record Bearer(String user, ApiKeyScopes scopes) {
}
