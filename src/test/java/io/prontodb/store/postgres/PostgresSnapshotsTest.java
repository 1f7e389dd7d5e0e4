package io.prontodb.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.NamespaceRef;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.Snapshots;
import io.prontodb.store.SnapshotsContract;
import io.prontodb.store.Store;
import io.prontodb.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snapshots contract on PostgreSQL, each place a fresh database of the private test cluster; and the lease. */
class PostgresSnapshotsTest extends SnapshotsContract {
    private final Map<String, String> databases = new HashMap<>();

    private String database(String place) {
        return databases.computeIfAbsent(place, p -> PostgresServer.shared().createDatabase());
    }

    private Target.Postgres target(String place) {
        return (Target.Postgres) Target.parse(PostgresServer.shared().url(database(place)), env());
    }

    private Environment env() {
        return new Environment(Map.of("PGPASSWORD", PostgresServer.PASSWORD), dir);
    }

    @Override
    protected Store openStore(String place) {
        return PostgresStore.open(target(place), env(), 5000);
    }

    @Override
    protected Snapshots snapshotsOf(String place) {
        return new PostgresSnapshots(target(place), env(), 5000, dir.resolve("local"));
    }

    @Test
    void aDatabaseWithoutProntoDbTablesHasNothingToBackUp() {
        assertThatThrownBy(() -> snapshotsOf("blank").take(dir.resolve("snapshot"))).isInstanceOfSatisfying(
                ProntoException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.IO);
                    assertThat(e.getMessage()).contains("no ProntoDB data");
                });
        assertThat(dir.resolve("snapshot")).doesNotExist();
    }

    @Test
    void aLeaseHeldByAnotherProcessRefusesUntilItRunsOut() throws SQLException {
        snapshotsOf("live").lockForRestore().close();
        try (Connection c = PostgresServer.shared().connect(database("live")); Statement st = c.createStatement()) {
            st.execute("INSERT INTO pronto_restore_lease (id, holder, owner, expires_at)"
                    + " VALUES (1, 'other', 'pid 1 on elsewhere', clock_timestamp() + interval '1 hour')");
            assertThatThrownBy(() -> snapshotsOf("live").lockForRestore()).isInstanceOfSatisfying(
                    ProntoException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCode.BUSY);
                        assertThat(e.getMessage()).contains("pid 1 on elsewhere");
                    });

            st.execute("UPDATE pronto_restore_lease SET expires_at = clock_timestamp() - interval '1 second'");
            snapshotsOf("live").lockForRestore().close();
        }
    }

    @Test
    void aRestoreThatLostItsLeaseChangesNothing() throws SQLException {
        try (Store source = openStore("source")) {
            source.put(new Address("p", "n", "from-backup", ""), new byte[] {1}, null);
        }
        Snapshots source = snapshotsOf("source");
        Path file = source.newStagingDirectory().resolve("snapshot");
        source.take(file);
        Snapshots live = snapshotsOf("live");
        live.verify(file);
        try (Snapshots.Lease lease = live.lockForRestore();
             Connection c = PostgresServer.shared().connect(database("live")); Statement st = c.createStatement()) {
            st.execute("UPDATE pronto_restore_lease SET holder = 'a later restore'");
            assertThatThrownBy(() -> live.replace(file, true, keeper)).isInstanceOfSatisfying(ProntoException.class,
                    e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BUSY));
        }
        try (Store store = openStore("live")) {
            assertThat(store.countLive(new NamespaceRef("p", "n"), 0)).isZero();
        }
    }
}
