package io.prontodb.sqlsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** All SQL in src/main/java is built from literals and constants; user input only ever travels as a bound parameter. */
class SqlConcatenationTest {

    @Test
    void noStatementInTheProductIsBuiltFromNonConstants() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                violations.addAll(SqlConcatenationScanner.violations(file.toString(), Files.readString(file)));
                files++;
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(violations).isEmpty();
    }

    @Test
    void theScannerCatchesUserInputInSql() {
        assertThat(scan("ps = c.prepareStatement(\"SELECT value FROM kv WHERE key = '\" + key + \"'\");")).hasSize(2);
        assertThat(scan("st.execute(\"DROP TABLE \" + name);")).hasSize(2);
        assertThat(scan("StringBuilder sql = new StringBuilder(\"SELECT 1\"); sql.append(\" AND key = \").append(key);"))
                .hasSize(1);
        assertThat(scan("String sql = userText; c.prepareStatement(sql);")).hasSize(1);
        assertThat(scan("String sql = \"SELECT 1\"; sql += where;")).hasSize(1);
        assertThat(scan("return query(where, ps -> { }, rs -> 1);")).hasSize(1);
        assertThat(scan("st.executeQuery(String.format(\"SELECT %s\", column));")).hasSize(1);
        assertThat(scan("st.execute(\"PRAGMA user_version = \" + (version + 1));")).hasSize(2);
        assertThat(scan("String where = \" AND a = ?\"; where = input; query(\"SELECT 1 FROM kv WHERE 1\" + where);"))
                .hasSize(2);
    }

    @Test
    void theScannerAcceptsConstantsLiteralsAndSafeTernaries() {
        assertThat(scan("c.prepareStatement(\"SELECT value FROM kv WHERE key = ?\");")).isEmpty();
        assertThat(scan("c.prepareStatement(PUT_SQL); update(\"DELETE FROM kv WHERE \" + LIVE, ps -> ps.setLong(1, n));"))
                .isEmpty();
        assertThat(scan("String sql = \"INSERT OR \" + (replace ? \"REPLACE\" : \"IGNORE\") + \" INTO kv\";")).isEmpty();
        assertThat(scan("long update(String sql, Binder b) { return 0; }")).isEmpty();
        assertThat(scan("String where = p == null ? \"\" : \" AND project = ?\"; query(\"SELECT 1 FROM kv WHERE 1\" + where);"))
                .isEmpty();
        assertThat(scan("sb.append(x ? \"value\" : \"NULL\").append(\"SELECT\");")).isEmpty();
    }

    private static List<String> scan(String body) {
        return SqlConcatenationScanner.violations("Sample.java", "import java.sql.Connection; class Sample { void m() { " + body + " } }");
    }
}
