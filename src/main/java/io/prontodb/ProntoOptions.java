package io.prontodb;

import io.prontodb.address.Delimiter;
import io.prontodb.config.Environment;

/**
 * How a {@link Pronto} is opened: how long a write waits for the lock, the delimiter names are shown with in
 * messages, the password the admin user gets if security seeds it now (null: the default one), and the
 * environment a backend may read credentials from (PGPASSWORD, ~/.pgpass).
 */
public record ProntoOptions(long busyTimeoutMs, Delimiter delimiter, String adminPassword, Environment env) {
    public static final long DEFAULT_BUSY_TIMEOUT_MS = 5000;
}
