package io.prontodb.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.sqlite.SqliteSnapshotFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link Snapshots} implementation must show. A backend's test extends this class and says how
 * to open a store and the snapshots of the same data, each place starting empty.
 */
public abstract class SnapshotsContract {
    private static final NamespaceRef NS = new NamespaceRef("p", "n");
    private static final int BATCH = 50;

    @TempDir
    protected Path dir;

    /** A store over the data named {@code place}, created empty on first use. */
    protected abstract Store openStore(String place);

    /** The snapshots of the data named {@code place}. */
    protected abstract Snapshots snapshotsOf(String place);

    /** Copies of what replaces handed over as previous data, in order. */
    protected final List<Path> kept = new ArrayList<>();

    /** Keeps a copy of the previous data a replace hands over (the staged file itself goes away). */
    protected final Snapshots.PreviousData keeper = snapshot -> {
        try {
            Path copy = dir.resolve("kept-" + kept.size() + ".db");
            Files.copy(snapshot, copy);
            kept.add(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    private static Address at(String key) {
        return new Address(NS.project(), NS.namespace(), key, "");
    }

    private static void putBatch(Store store, int batch) {
        store.inWriteTransaction(() -> {
            for (int i = 0; i < BATCH; i++) {
                store.put(at("k" + batch + "-" + i), "v".getBytes(StandardCharsets.UTF_8), null);
            }
            return null;
        });
    }

    private long liveKeys(String place) {
        try (Store store = openStore(place)) {
            return store.countLive(NS, 0);
        }
    }

    private Path snapshotOf(String place) {
        Path file = snapshotsOf(place).newStagingDirectory().resolve("snapshot");
        snapshotsOf(place).take(file);
        return file;
    }

    @Test
    void aSnapshotTakenWhileAnotherWriterCommitsHoldsWholeTransactionsOnly() throws Exception {
        try (Store seeded = openStore("live")) {
            putBatch(seeded, 0);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try (Store store = openStore("live")) {
                for (int batch = 1; !stop.get() && batch < 10_000; batch++) {
                    putBatch(store, batch);
                }
            }
        });
        writer.start();
        Path file;
        try {
            Thread.sleep(50);
            file = snapshotOf("live");
        } finally {
            stop.set(true);
            writer.join();
        }
        snapshotsOf("copy").verify(file);
        snapshotsOf("copy").replace(file, false, keeper);
        long keys = liveKeys("copy");
        assertThat(keys).isPositive();
        assertThat(keys % BATCH).as("no transaction is cut in two").isZero();
    }

    @Test
    void aSnapshotSeesEveryTableAsOfTheSameMoment() throws Exception {
        try (Store seeded = openStore("live")) {
            seeded.put(at("seed"), new byte[] {1}, null);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try (Store store = openStore("live")) {
                for (int i = 0; !stop.get() && i < 100_000; i++) {
                    NamespaceRef ns = new NamespaceRef("q", "n" + i);
                    store.inWriteTransaction(() -> {
                        store.saveSettings(ns, new NamespaceSettings(NamespaceKind.TTL, 60L, null, false));
                        store.put(new Address(ns.project(), ns.namespace(), "k", ""), new byte[] {2}, null);
                        return null;
                    });
                }
            }
        });
        writer.start();
        List<String> rows;
        try {
            Thread.sleep(50);
            rows = SnapshotFixture.dump(snapshotOf("live"));
        } finally {
            stop.set(true);
            writer.join();
        }
        long declared = rows.stream().filter(row -> row.startsWith("ns ")).count();
        long written = rows.stream().filter(row -> row.startsWith("kv ") && row.contains("project=q,")).count();
        assertThat(declared).isPositive().as("declarations and keys written together").isEqualTo(written);
    }

    @Test
    void verifyRefusesAFileThatIsNotASnapshot() throws Exception {
        Path file = Files.writeString(snapshotsOf("live").newStagingDirectory().resolve("junk"), "not a snapshot");
        assertThatThrownBy(() -> snapshotsOf("live").verify(file)).isInstanceOfSatisfying(ProntoException.class,
                e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DATA));
    }

    @Test
    void replaceRefusesDataWithoutForceAndKeepsThePreviousDataWithIt() {
        try (Store source = openStore("source")) {
            source.put(at("from-backup"), new byte[] {1}, null);
        }
        Path file = snapshotOf("source");
        snapshotsOf("live").verify(file);
        try (Store live = openStore("live")) {
            live.put(at("precious"), new byte[] {2}, null);
        }
        assertThatThrownBy(() -> snapshotsOf("live").replace(file, false, keeper)).isInstanceOfSatisfying(
                ProntoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.ERROR));
        try (Store live = openStore("live")) {
            assertThat(live.get(at("precious"))).isPresent();
        }

        String previous = snapshotsOf("live").replace(file, true, keeper);
        assertThat(previous).isNotNull();
        assertThat(SnapshotFixture.dump(Path.of(previous))).anyMatch(row -> row.contains("key=precious"));
        try (Store live = openStore("live")) {
            assertThat(live.get(at("precious"))).isEmpty();
            assertThat(live.get(at("from-backup"))).isPresent();
        }
    }

    @Test
    void aWriterThatWasOpenBeforeTheReplaceWritesIntoTheRestoredData() {
        try (Store source = openStore("source")) {
            source.put(at("from-backup"), new byte[] {1}, null);
        }
        Path file = snapshotOf("source");
        snapshotsOf("live").verify(file);
        try (Store openBefore = openStore("live")) {
            openBefore.put(at("before"), new byte[] {2}, null);
            snapshotsOf("live").replace(file, true, keeper);
            openBefore.put(at("after"), new byte[] {3}, null);
        }
        try (Store live = openStore("live")) {
            assertThat(live.get(at("from-backup"))).isPresent();
            assertThat(live.get(at("after"))).as("committed after the replace").isPresent();
            assertThat(live.get(at("before"))).as("committed before: in the previous data only").isEmpty();
        }
    }

    /** A snapshot file holding {@link SnapshotFixture}'s rows, staged for {@code place}. */
    private Path fixtureFile(String place) {
        Path file = snapshotsOf(place).newStagingDirectory().resolve("fixture");
        SqliteSnapshotFile.write(file, 5000, SnapshotFixture::seed);
        return file;
    }

    @Test
    void everyRowOfEveryTableAndBothCountersSurviveAReplaceAndATake() {
        Path file = fixtureFile("live");
        List<String> expected = SnapshotFixture.dump(file);
        snapshotsOf("live").verify(file);

        assertThat(snapshotsOf("live").replace(file, false, keeper)).as("nothing was there to keep").isNull();

        assertThat(SnapshotFixture.dump(snapshotOf("live"))).isEqualTo(expected);
        try (Store live = openStore("live")) {
            assertThat(live.get(new Address("app", "cfg", "gone", ""))).as("expired rows are data too").isPresent();
            assertThat(live.settings(SnapshotFixture.CACHE).maxItems()).isEqualTo(3L);
        }
    }

    @Test
    void aWriteAfterTheReplaceRanksAfterEveryRestoredWrite() {
        Path file = fixtureFile("live");
        snapshotsOf("live").verify(file);
        snapshotsOf("live").replace(file, false, keeper);
        Address newest = new Address("app", "cache", "d", "");
        try (Store live = openStore("live")) {
            live.inWriteTransaction(() -> {
                live.put(newest, new byte[] {1}, null);
                return null;
            });
            live.inWriteTransaction(() -> live.deleteOldest(SnapshotFixture.CACHE, 3));
            assertThat(live.get(newest)).as("the restored rows are older").isPresent();
            assertThat(live.countLive(SnapshotFixture.CACHE, 0)).isEqualTo(1);
        }
    }

    @Test
    void replaceKeepsTheUsersWhenTheSnapshotHasNone() {
        Path withUsers = fixtureFile("live");
        snapshotsOf("live").verify(withUsers);
        snapshotsOf("live").replace(withUsers, false, keeper);
        try (Store source = openStore("source")) {
            source.put(at("k"), new byte[] {1}, null);
        }
        Path withoutUsers = snapshotOf("source");
        snapshotsOf("live").verify(withoutUsers);

        snapshotsOf("live").replace(withoutUsers, true, keeper);

        List<String> rows = SnapshotFixture.dump(snapshotOf("live"));
        assertThat(rows).filteredOn(row -> row.startsWith("user ")).hasSize(2);
        assertThat(rows).filteredOn(row -> row.startsWith("key ") || row.startsWith("session ")).isEmpty();
        assertThat(rows).filteredOn(row -> row.startsWith("kv ")).singleElement().asString().contains("key=k");
    }

    @Test
    void oneRestoreAtATime() {
        try (Snapshots.Lease first = snapshotsOf("live").lockForRestore()) {
            assertThatThrownBy(() -> snapshotsOf("live").lockForRestore()).isInstanceOfSatisfying(
                    ProntoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BUSY));
        }
        snapshotsOf("live").lockForRestore().close();
    }
}
