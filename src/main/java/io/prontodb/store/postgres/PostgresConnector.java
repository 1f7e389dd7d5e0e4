package io.prontodb.store.postgres;

import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;

/** Opens the connection to a PostgreSQL target: the driver directly (not DriverManager), password from the environment. */
final class PostgresConnector {
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgresConnector() {
    }

    static Connection connect(Target.Postgres target, Environment env, long busyTimeoutMs) {
        Properties properties = new Properties();
        properties.setProperty("user", target.user());
        String password = PgPassFile.password(target, env);
        if (password != null) {
            properties.setProperty("password", password);
        }
        if (target.sslMode() != null) {
            properties.setProperty("sslmode", target.sslMode());
        }
        properties.setProperty("ApplicationName", "prontodb");
        // PostgreSQL 13+ (SPEC 9): session settings travel in the start-up packet, not as a statement after it.
        properties.setProperty("assumeMinServerVersion", "13");
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("tcpKeepAlive", "true");
        // A lock wait longer than busy_timeout_ms ends as "busy" (75), as SQLite's busy_timeout does; 0 = no wait.
        properties.setProperty("options", "-c lock_timeout=" + Math.max(1, busyTimeoutMs));
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        String url = "jdbc:postgresql://" + host + ":" + target.port() + "/"
                + URLEncoder.encode(target.database(), StandardCharsets.UTF_8);
        try {
            Connection connection = new Driver().connect(url, properties);
            if (connection == null) {
                throw new IllegalStateException("the PostgreSQL driver did not accept " + url);
            }
            return connection;
        } catch (SQLException e) {
            throw PostgresErrors.translateConnect(e, target.describe());
        }
    }
}
