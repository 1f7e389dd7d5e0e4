package io.prontodb.store.sqlite;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.Entry;
import io.prontodb.store.KeyValueStore;
import io.prontodb.store.ListQuery;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import io.prontodb.store.RowScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.JDBC;

/** The direct path behaves exactly like {@link SqliteStore} on the same operations, and shares its files. */
class DirectSqliteStoreTest {
    private static final long NOW = 1_700_000_000_000L;
    private static final NamespaceRef NS = new NamespaceRef("p", "n");

    @TempDir
    Path dir;

    private Path created(String name) {
        Path path = dir.resolve(name);
        SqliteStore.open(path, 5000).close();
        return path;
    }

    private static Address at(String key, String context) {
        return new Address(NS.project(), NS.namespace(), key, context);
    }

    /** The tests below that use the direct store run while its statements follow the current schema. */
    private static void assumeDirectPathServesTheCurrentSchema() {
        assumeTrue(Schema.latestVersion() == DirectSqliteStore.SCHEMA_VERSION, "direct path written for another schema");
    }

    @Test
    void opensOnlyADatabaseWithTheCurrentSchema() throws IOException {
        Path fresh = dir.resolve("sub/fresh.db");
        assertThat(DirectSqliteStore.openIfCurrent(fresh, 5000)).isNull();
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(fresh.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        Path current = created("current.db");
        try (DirectSqliteStore store = DirectSqliteStore.openIfCurrent(current, 5000)) {
            assertThat(store != null).isEqualTo(Schema.latestVersion() == DirectSqliteStore.SCHEMA_VERSION);
        }
    }

    @Test
    void leavesAnOlderOrNewerSchemaToTheFullStore() throws SQLException {
        Path path = created("versions.db");
        for (int version : new int[] {Schema.latestVersion() - 1, Schema.latestVersion() + 1}) {
            try (Connection c = new JDBC().connect("jdbc:sqlite:" + path, new Properties());
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA user_version = " + version);
            }
            assertThat(DirectSqliteStore.openIfCurrent(path, 5000)).isNull();
        }
    }

    @Test
    void aFileThatIsNotADatabaseFailsWithTheIoCode() throws IOException {
        Path path = dir.resolve("text.db");
        Files.writeString(path, "this is not a database, just some text that is long enough".repeat(20));
        assertFailsWith(ExitCode.IO, () -> DirectSqliteStore.openIfCurrent(path, 5000));
    }

    @Test
    void aWriterHoldingTheLockPastTheTimeoutFailsWithTheBusyCode() {
        assumeDirectPathServesTheCurrentSchema();
        Path path = created("busy.db");
        try (SqliteStore holder = SqliteStore.open(path, 5000);
             DirectSqliteStore direct = DirectSqliteStore.openIfCurrent(path, 50)) {
            holder.inWriteTransaction(() -> {
                assertFailsWith(ExitCode.BUSY, () -> direct.put(at("k", ""), new byte[] {1}, null));
                return null;
            });
        }
    }

    @Test
    void readsSettingsAndEvictsInWriteOrderAcrossBothPaths() {
        assumeDirectPathServesTheCurrentSchema();
        Path path = created("shared.db");
        NamespaceSettings cache = new NamespaceSettings(NamespaceKind.TTL, 60L, 3L, true);
        try (SqliteStore full = SqliteStore.open(path, 5000)) {
            full.saveSettings(NS, cache);
            full.put(at("first", ""), bytes("1"), null);
        }
        try (DirectSqliteStore direct = DirectSqliteStore.openIfCurrent(path, 5000)) {
            assertThat(direct.settings(NS)).isEqualTo(cache);
            assertThat(direct.settings(new NamespaceRef("p", "other"))).isEqualTo(NamespaceSettings.STANDARD);
            direct.put(at("second", ""), bytes("2"), null);
            direct.put(at("first", ""), bytes("1 again"), null);
            assertThat(direct.deleteOldest(NS, 1)).isEqualTo(1);
        }
        try (SqliteStore full = SqliteStore.open(path, 5000)) {
            assertThat(full.get(at("second", ""))).isEmpty();
            assertThat(full.get(at("first", "")).orElseThrow().value()).isEqualTo(bytes("1 again"));
        }
    }

    @Test
    void aFailedTransactionChangesNothing() {
        assumeDirectPathServesTheCurrentSchema();
        try (DirectSqliteStore direct = DirectSqliteStore.openIfCurrent(created("rollback.db"), 5000)) {
            try {
                direct.inWriteTransaction(() -> {
                    direct.put(at("k", ""), bytes("v"), null);
                    throw new IllegalStateException("abandon");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            assertThat(direct.get(at("k", ""))).isEmpty();
        }
    }

    /** The same random operations on both stores give the same answers at every step, whole-scope reads included. */
    @Test
    void agreesWithTheFullStoreOnRandomOperations() {
        assumeDirectPathServesTheCurrentSchema();
        Random random = new Random(14);
        String[] keys = {"a", "a%", "a_b", "b", "é", "😀", "k", "kx", ""};
        String[] contexts = {"", "", "c", "Z"};
        try (SqliteStore full = SqliteStore.open(dir.resolve("full.db"), 5000);
             DirectSqliteStore direct = DirectSqliteStore.openIfCurrent(created("direct.db"), 5000)) {
            for (int step = 0; step < 600; step++) {
                String key = keys[random.nextInt(keys.length - 1)];
                Address address = at(key, contexts[random.nextInt(contexts.length)]);
                long now = NOW + random.nextInt(20);
                switch (random.nextInt(9)) {
                    case 0, 1 -> {
                        byte[] value = new byte[random.nextInt(4)];
                        random.nextBytes(value);
                        Long expires = random.nextBoolean() ? null : NOW + random.nextInt(20);
                        full.put(address, value, expires);
                        direct.put(address, value, expires);
                    }
                    case 2 -> assertThat(direct.delete(address)).isEqualTo(full.delete(address));
                    case 3 -> assertThat(describe(direct.get(address).orElse(null)))
                            .isEqualTo(describe(full.get(address).orElse(null)));
                    case 4 -> assertThat(direct.countLive(NS, now)).isEqualTo(full.countLive(NS, now));
                    case 5 -> {
                        NamespaceRef scope = random.nextBoolean() ? NS : null;
                        assertThat(direct.deleteExpired(scope, now)).isEqualTo(full.deleteExpired(scope, now));
                    }
                    case 6 -> {
                        int count = random.nextInt(3);
                        assertThat(direct.deleteOldest(NS, count)).isEqualTo(full.deleteOldest(NS, count));
                    }
                    case 7 -> {
                        RowScope[] scopes = {RowScope.ALL, new RowScope("p", null, ""), new RowScope("p", "n", ""),
                                new RowScope("p", "n", keys[random.nextInt(keys.length - 1)])};
                        RowScope scope = scopes[random.nextInt(scopes.length)];
                        boolean includeExpired = random.nextBoolean();
                        assertThat(rows(direct, scope, includeExpired, now))
                                .isEqualTo(rows(full, scope, includeExpired, now));
                    }
                    default -> {
                        ListQuery query = new ListQuery(new ListTarget(NS, keys[random.nextInt(keys.length)]),
                                random.nextBoolean(), random.nextBoolean(), now);
                        assertThat(listing(direct, query)).isEqualTo(listing(full, query));
                    }
                }
            }
        }
    }

    private static List<String> listing(KeyValueStore store, ListQuery query) {
        List<String> lines = new ArrayList<>();
        store.list(query, entry -> lines.add(describe(entry)));
        return lines;
    }

    private static List<String> rows(KeyValueStore store, RowScope scope, boolean includeExpired, long now) {
        List<String> lines = new ArrayList<>();
        store.forEachRow(scope, includeExpired, now, entry -> lines.add(entry.address().project() + "."
                + entry.address().namespace() + "." + describe(entry)));
        return lines;
    }

    private static String describe(Entry entry) {
        if (entry == null) {
            return "none";
        }
        String value = entry.value() == null ? "-" : HexFormat.of().formatHex(entry.value());
        return entry.address().keyPart() + "=" + value + "@" + entry.expiresAt();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
