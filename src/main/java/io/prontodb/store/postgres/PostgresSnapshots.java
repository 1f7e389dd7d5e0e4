package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.store.Snapshots;
import io.prontodb.store.sqlite.SqliteSnapshotFile;
import io.prontodb.store.sqlite.SqliteSnapshots;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Snapshots of the ProntoDB tables in a PostgreSQL database. A snapshot has the form every backend's has in an
 * archive, a SQLite database of the current schema: {@link #take} reads every table in one read-only REPEATABLE
 * READ transaction (one moment, writers carry on) and writes the rows into such a file; {@link #replace} reads the
 * rows of such a file into the tables in one SERIALIZABLE transaction, after handing a snapshot of the data it
 * replaces, taken in that same transaction, to be kept. Staging files go to a private local directory (the data
 * directory), since the database has no directory of its own.
 */
public final class PostgresSnapshots implements Snapshots {
    private static final String HOLDS_DATA = "SELECT EXISTS (SELECT 1 FROM kv) OR EXISTS (SELECT 1 FROM sys_namespaces)";
    private static final String HOLDS_ANY_ROW = "SELECT EXISTS (SELECT 1 FROM kv) OR EXISTS (SELECT 1 FROM sys_namespaces)"
            + " OR EXISTS (SELECT 1 FROM sec_users) OR EXISTS (SELECT 1 FROM sec_api_keys)"
            + " OR EXISTS (SELECT 1 FROM sec_sessions)";

    private final Target.Postgres target;
    private final Environment env;
    private final long busyTimeoutMs;
    private final Path localDirectory;
    private RestoreLease lease;

    /** {@code localDirectory}: a private directory of this machine's user, created (0700) when missing. */
    public PostgresSnapshots(Target.Postgres target, Environment env, long busyTimeoutMs, Path localDirectory) {
        this.target = target;
        this.env = env;
        this.busyTimeoutMs = busyTimeoutMs;
        this.localDirectory = localDirectory.toAbsolutePath();
    }

    @Override
    public Path newStagingDirectory() {
        try {
            createPrivateDirectories(localDirectory);
            return Files.createTempDirectory(localDirectory, ".prontodb-staging-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create a private directory in " + localDirectory + ": "
                    + IoErrors.why(e));
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            createPrivateDirectories(dir.getParent());
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException raced) {
            // made meanwhile by another process
        }
    }

    @Override
    public void take(Path file) {
        String name = target.describe();
        try (Connection connection = PostgresConnector.connect(target, env, busyTimeoutMs)) {
            Sql db = new Sql(connection, name);
            Integer version = PostgresStore.storedVersion(connection, name);
            if (version == null) {
                throw new ProntoException(ExitCode.IO, "no ProntoDB data to back up in " + name,
                        "point -d/--db or PRONTO_DB at a database that prontodb has written to");
            }
            PostgresStore.refuseNewer(version, name);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            db.begin();
            boolean done = false;
            try {
                SqliteSnapshotFile.write(file, busyTimeoutMs, rows -> PostgresSnapshotReader.readAll(db, rows));
                db.commit();
                done = true;
            } finally {
                if (!done) {
                    db.rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw PostgresErrors.translate(e, name);
        }
    }

    /** The archived form is a SQLite file whatever the backend, so it is checked as SQLite's snapshots check theirs. */
    @Override
    public void verify(Path file) {
        SqliteSnapshots.verifyFile(file, busyTimeoutMs);
    }

    @Override
    public Lease lockForRestore() {
        RestoreLease taken = RestoreLease.take(PostgresConnector.connect(target, env, busyTimeoutMs), target.describe());
        lease = taken;
        return () -> {
            lease = null;
            taken.close();
        };
    }

    /**
     * In one SERIALIZABLE transaction, run again when it fails to serialize: refuses live data without
     * {@code force}, hands a snapshot of the live rows to {@code previous}, then replaces every table's rows with the
     * snapshot's. A writer that commits first is in the previous data; one that commits later writes onto the restored
     * data; a lost connection rolls everything back. A database with a newer schema is refused even with force:
     * its tables are not this version's to drop.
     */
    @Override
    public String replace(Path file, boolean force, PreviousData previous) {
        String name = target.describe();
        try (PostgresStore store = PostgresStore.open(target, env, busyTimeoutMs)) {
            Sql db = store.sql();
            return store.inSerializableTransaction(() -> {
                if (lease != null && !lease.heldBy(db)) {
                    throw new ProntoException(ExitCode.BUSY, "the restore of " + name + " lost its lease to another"
                            + " restore; nothing was changed", "check the other restore's result before restoring again");
                }
                if (!force && db.query(HOLDS_DATA, ps -> { }, rs -> rs.next() && rs.getBoolean(1))) {
                    throw new ProntoException(ExitCode.ERROR, "the database " + name + " holds data; not replacing it",
                            "add --force to replace it (the current data is kept as a backup archive first)");
                }
                Path kept = db.query(HOLDS_ANY_ROW, ps -> { }, rs -> rs.next() && rs.getBoolean(1))
                        ? keepPrevious(db, file.resolveSibling("previous-" + file.getFileName()), previous)
                        : null;
                try (PostgresSnapshotWriter writer = new PostgresSnapshotWriter(store.connection(), db, name)) {
                    SqliteSnapshotFile.read(file, busyTimeoutMs, writer);
                    writer.finish();
                }
                return kept == null ? null : kept.toString();
            });
        }
    }

    private Path keepPrevious(Sql db, Path staged, PreviousData previous) {
        try {
            Files.deleteIfExists(staged);
            SqliteSnapshotFile.write(staged, busyTimeoutMs, rows -> PostgresSnapshotReader.readAll(db, rows));
            Path kept = previous.keep(staged);
            Files.deleteIfExists(staged);
            return kept;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot stage the current data of " + target.describe() + ": "
                    + IoErrors.why(e));
        }
    }
}
