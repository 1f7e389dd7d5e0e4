package io.prontodb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The private cluster starts, takes password logins on loopback, and gives each caller its own database. */
class PostgresServerTest {

    @Test
    void givesEachCallerAFreshDatabaseOwnedByTheTestRole() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        String first = server.createDatabase();
        String second = server.createDatabase();

        assertThat(first).isNotEqualTo(second);
        try (Connection c = server.connect(first); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_user, current_database(), inet_server_addr()::text")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(PostgresServer.USER);
            assertThat(rs.getString(2)).isEqualTo(first);
            assertThat(rs.getString(3)).startsWith("127.0.0.1");
        }
        assertThat(server.url(first)).isEqualTo("postgresql://pronto@127.0.0.1:" + server.port() + "/" + first);
    }
}
