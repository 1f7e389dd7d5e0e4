package io.prontodb;

import io.prontodb.address.Delimiter;

/**
 * How a {@link Pronto} is opened: how long a write waits for the lock, the delimiter names are shown with in
 * messages, and the password the admin user gets if security seeds it now (null: the default one).
 */
public record ProntoOptions(long busyTimeoutMs, Delimiter delimiter, String adminPassword) {
    public static final long DEFAULT_BUSY_TIMEOUT_MS = 5000;
}
