package io.prontodb.store;

import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.sqlite.SqliteSnapshotFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Rows in every table a snapshot carries, and a dump of a snapshot file's rows to compare snapshots by. */
public final class SnapshotFixture {
    public static final NamespaceRef CACHE = new NamespaceRef("app", "cache");
    public static final long LAST_WRITE_SEQ = 1000;
    public static final long LAST_API_KEY_ID = 77;

    private SnapshotFixture() {
    }

    /** Entries (an expired one, binary and odd names, contexts), declarations, users, keys, sessions, counters. */
    public static void seed(SnapshotRows rows) {
        rows.entry(new Address("app", "cache", "a", ""), bytes("oldest but one"), null, 500);
        rows.entry(new Address("app", "cache", "b", ""), bytes("oldest"), null, 100);
        rows.entry(new Address("app", "cache", "c", ""), bytes("newest"), 4_102_444_800_000L, 900);
        rows.entry(new Address("app", "cfg", "gone", ""), bytes("expired"), 1_000L, 7);
        rows.entry(new Address("app", "cfg", "color", "alice"), bytes("blue"), null, 8);
        rows.entry(new Address("Ünï", "n s", "k%_\\", ""), new byte[] {0, (byte) 0xff, '\n', '\t'}, null, 9);
        rows.namespace(CACHE, new NamespaceSettings(NamespaceKind.TTL, 3600L, 3L, true));
        rows.namespace(new NamespaceRef("app", "empty"), new NamespaceSettings(NamespaceKind.TTL, 10L, null, false));
        rows.user(new SnapshotRows.User("admin", "pbkdf2-sha256", 210_000, bytes("salt-a"), bytes("hash-a"), false, 11));
        rows.user(new SnapshotRows.User("bob", "pbkdf2-sha256", 1000, bytes("salt-b"), bytes("hash-b"), true, 12));
        rows.apiKey(new SnapshotRows.ApiKey(3, "bob", "ci", bytes("key-3"), "app:ro", 13, null, null));
        rows.apiKey(new SnapshotRows.ApiKey(5, "admin", null, bytes("key-5"), "*:rw", 14, 99_000L, 15L));
        rows.session(new SnapshotRows.Session(bytes("token-1"), "bob", 16, 4_102_444_800_000L));
        rows.counters(LAST_WRITE_SEQ, LAST_API_KEY_ID);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every row of the snapshot (or SQLite database of the current schema) {@code file}, one line each, sorted. */
    public static List<String> dump(Path file) {
        List<String> lines = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        SqliteSnapshotFile.read(file, 5000, new SnapshotRows() {
            @Override
            public void entry(Address address, byte[] value, Long expiresAt, long writeSeq) {
                lines.add("kv " + address + " " + hex.formatHex(value) + " " + expiresAt + " " + writeSeq);
            }

            @Override
            public void namespace(NamespaceRef ref, NamespaceSettings settings) {
                lines.add("ns " + ref + " " + settings);
            }

            @Override
            public void user(User user) {
                lines.add("user " + user.name() + " " + user.kdf() + " " + user.iterations() + " "
                        + hex.formatHex(user.salt()) + " " + hex.formatHex(user.hash()) + " " + user.defaultPassword()
                        + " " + user.createdAt());
            }

            @Override
            public void apiKey(ApiKey key) {
                lines.add("key " + key.id() + " " + key.user() + " " + key.label() + " " + hex.formatHex(key.keyHash())
                        + " " + key.scopes() + " " + key.createdAt() + " " + key.expiresAt() + " " + key.revokedAt());
            }

            @Override
            public void session(Session session) {
                lines.add("session " + hex.formatHex(session.tokenHash()) + " " + session.user() + " "
                        + session.createdAt() + " " + session.expiresAt());
            }

            @Override
            public void counters(long lastWriteSeq, long lastApiKeyId) {
                lines.add("counters " + lastWriteSeq + " " + lastApiKeyId);
            }
        });
        lines.sort(null);
        return lines;
    }
}
