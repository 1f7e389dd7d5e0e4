package io.prontodb.sqlsafety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL, pragmas, rowids, SQLite's side files and driver error codes live only in a backend's package
 * ({@code store/<backend>/}): everything else talks to the backend-neutral contracts in {@code store/}.
 */
class BackendConfinementTest {
    private static final Path SOURCES = Path.of("src/main/java/io/prontodb");

    /** What a string literal outside a backend may not hold. */
    private static final Map<String, Pattern> IN_LITERALS = Map.of(
            "SQL", Pattern.compile("\\b(SELECT\\b.*\\bFROM|INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM"
                    + "|CREATE\\s+(TABLE|INDEX|UNIQUE)|DROP\\s+(TABLE|INDEX)|ALTER\\s+TABLE|VACUUM|BEGIN\\s+(IMMEDIATE|EXCLUSIVE"
                    + "|DEFERRED|TRANSACTION)|COMMIT|ROLLBACK|SAVEPOINT|integrity_check|wal_checkpoint|user_version)\\b",
                    Pattern.DOTALL),
            "pragma", Pattern.compile("\\bpragma\\b", Pattern.CASE_INSENSITIVE),
            "rowid", Pattern.compile("rowid", Pattern.CASE_INSENSITIVE),
            "SQLite side file", Pattern.compile("-(wal|shm|journal)\\b"),
            "SQLSTATE", Pattern.compile("^\"(08|23|25|40|42|53|57)[0-9A-Z]{3}\"$"));

    /** What an identifier or import outside a backend may not name. */
    private static final Map<String, Pattern> IN_CODE = Map.of(
            "rowid", Pattern.compile("rowid", Pattern.CASE_INSENSITIVE),
            "driver error code", Pattern.compile("^(SQLITE_[A-Z_]+|SQLiteErrorCode|getErrorCode|getSQLState|PSQLState"
                    + "|getResultCode)$"));

    private static final Pattern FORBIDDEN_IMPORT = Pattern.compile(
            "^import\\s+(static\\s+)?(java\\.sql|javax\\.sql|org\\.sqlite|org\\.postgresql)\\.", Pattern.MULTILINE);

    @Test
    void onlyBackendPackagesHoldSqlPragmasRowidsSideFilesOrErrorCodes() throws IOException {
        Map<String, List<String>> violations = new TreeMap<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString();
                if (insideABackend(relative)) {
                    continue;
                }
                scanned++;
                List<String> found = violations(Files.readString(file));
                if (!found.isEmpty()) {
                    violations.put(relative, found);
                }
            }
        }
        assertThat(scanned).isGreaterThan(100);
        assertThat(violations).as("files outside store/<backend>/ with backend details").isEmpty();
    }

    @Test
    void theScannerFindsEachKindOfLeak() {
        assertThat(violations("class A { String s = \"SELECT value FROM kv WHERE key = ?\"; }")).hasSize(1);
        assertThat(violations("class A { String s = \"PRAGMA user_version\"; }")).isNotEmpty();
        assertThat(violations("class A { String s = \"VACUUM INTO ?\"; }")).hasSize(1);
        assertThat(violations("class A { Path p = db.resolveSibling(name + \"-wal\"); }")).hasSize(1);
        assertThat(violations("class A { long r = rowidOf(x); }")).hasSize(1);
        assertThat(violations("import java.sql.Connection;\nclass A { }")).hasSize(1);
        assertThat(violations("import org.sqlite.SQLiteErrorCode;\nclass A { }")).isNotEmpty();
        assertThat(violations("class A { boolean b = code == SQLITE_BUSY; }")).hasSize(1);
        assertThat(violations("class A { boolean b = state.equals(\"40001\"); }")).hasSize(1);
    }

    @Test
    void theScannerLeavesProseCommentsAndBackendNeutralCodeAlone() {
        assertThat(violations("""
                /** Deletes every expired key; SELECT nothing FROM comments. */
                class A {
                    // BEGIN IMMEDIATE, rowid, -wal: comments may explain a backend
                    String s = "committed before the error: nothing was committed; select a key from the list";
                    String t = "update the settings with set-cache; delete-user removes a user";
                    String u = "--with-value";
                    long n = 40001;
                }""")).isEmpty();
    }

    private static boolean insideABackend(String relative) {
        return relative.startsWith("store/") && relative.indexOf('/', "store/".length()) > 0;
    }

    private static List<String> violations(String source) {
        List<String> found = new ArrayList<>();
        var imports = FORBIDDEN_IMPORT.matcher(source);
        while (imports.find()) {
            found.add("import of " + imports.group(2));
        }
        for (JavaTokens.Tok tok : JavaTokens.of(source)) {
            Map<String, Pattern> rules = switch (tok.kind()) {
                case STRING -> IN_LITERALS;
                case IDENT -> IN_CODE;
                default -> Map.of();
            };
            for (Map.Entry<String, Pattern> rule : rules.entrySet()) {
                if (rule.getValue().matcher(tok.text()).find()) {
                    found.add("line " + tok.line() + ": " + rule.getKey() + " in " + tok.text());
                }
            }
        }
        return found;
    }
}
