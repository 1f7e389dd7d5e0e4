package io.prontodb.sqlsafety;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/** Names and values that would break concatenated SQL are stored as data, and nothing else changes. */
class SqlInjectionTest {
    private static final List<String> HOSTILE_KEYS = List.of("');DROP/**/TABLE/**/kv;--", "'", "''", "\"", "%", "a%",
            "a_b", "x'OR'1'='1", "\\", "*", "a);DELETE/**/FROM/**/kv;--", "?", ":p", "$1");
    private static final String HOSTILE_VALUE = "'); DROP TABLE kv; --";

    @TempDir
    Path home;

    @Test
    void hostileNamesAndValuesRoundTripAndLeaveTheSchemaAlone() throws SQLException {
        InProcess cli = new InProcess(home);
        ok(cli.run("set", "p.n.before", "kept"));
        List<String> schemaBefore = column("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name", cli);

        for (String key : HOSTILE_KEYS) {
            ok(cli.run("set", "p.n." + key, HOSTILE_VALUE + key));
        }
        ok(cli.run("set", "p'--.n\";--.k%_", HOSTILE_VALUE));

        for (String key : HOSTILE_KEYS) {
            assertThat(ok(cli.run("get", "p.n." + key)).stdout()).isEqualTo(HOSTILE_VALUE + key + "\n");
        }
        assertThat(ok(cli.run("get", "p'--.n\";--.k%_")).stdout()).isEqualTo(HOSTILE_VALUE + "\n");
        assertThat(ok(cli.run("get", "p.n.before")).stdout()).isEqualTo("kept\n");
        assertThat(column("SELECT count(*) FROM kv", cli)).containsExactly(String.valueOf(HOSTILE_KEYS.size() + 2));
        assertThat(column("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name", cli))
                .isEqualTo(schemaBefore);
    }

    @Test
    void percentAndUnderscoreInAPrefixMatchOnlyThemselves() {
        InProcess cli = new InProcess(home);
        for (String key : List.of("%", "%x", "a%", "a_b", "axb", "ab", "a")) {
            ok(cli.run("set", "p.n." + key, "v"));
        }
        assertThat(ok(cli.run("keys", "p.n.%")).lines()).containsExactly("%", "%x");
        assertThat(ok(cli.run("keys", "p.n.a_")).lines()).containsExactly("a_b");
        assertThat(ok(cli.run("keys", "p.n.a%")).lines()).containsExactly("a%");
    }

    private static Result ok(Result result) {
        assertThat(result.code()).as("%s", result).isZero();
        return result;
    }

    private static List<String> column(String sql, InProcess cli) throws SQLException {
        try (Connection c = new JDBC().connect("jdbc:sqlite:" + cli.database(), new Properties());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
