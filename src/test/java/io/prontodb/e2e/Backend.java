package io.prontodb.e2e;

import io.prontodb.testing.PostgresServer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The backends the end-to-end suite runs on: {@code -Dprontodb.backends=sqlite,postgres}; by default SQLite, plus
 * PostgreSQL where it is installed (or required, see {@link PostgresServer#required()}).
 */
public enum Backend {
    SQLITE,
    POSTGRES;

    /** The backend that the next {@link Launcher} uses; set per test by {@link OnEveryBackend}. */
    static volatile Backend current = SQLITE;

    static List<Backend> selected() {
        String names = System.getProperty("prontodb.backends");
        if (names == null || names.isBlank()) {
            return PostgresServer.available() ? List.of(SQLITE, POSTGRES) : List.of(SQLITE);
        }
        return Arrays.stream(names.split(",")).map(n -> valueOf(n.strip().toUpperCase(Locale.ROOT))).toList();
    }

    /** Points a launcher at a fresh store of this backend (SQLite: its default file under the private HOME). */
    void configure(Launcher launcher) {
        if (this == POSTGRES) {
            PostgresServer server = PostgresServer.shared();
            launcher.postgresDatabase = server.createDatabase();
            launcher.env.put("PRONTO_DB", server.url(launcher.postgresDatabase));
            launcher.env.put("PGPASSWORD", PostgresServer.PASSWORD);
        }
    }
}
