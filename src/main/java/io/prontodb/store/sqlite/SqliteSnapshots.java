package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Snapshots of one SQLite database file. A snapshot is a database file written by {@code VACUUM INTO} (one read
 * transaction, so writers carry on). A healthy live database is replaced in place, in one write transaction that
 * also covers the copy kept as {@code .bak}: connections other processes hold open keep working, and no commit can
 * fall between the copy and the replacement. Only a damaged or foreign file (which no writer can use) is replaced by
 * renaming the snapshot over it.
 */
public final class SqliteSnapshots implements Snapshots {
    private static final String RESTORE_LOCK = ".restore-lock";
    private static final String NOT_INTERNAL = " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
    private static final String MAIN_HAS_TABLE = "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?";
    private static final String SNAPSHOT_HAS_TABLE = "SELECT 1 FROM snapshot.sqlite_master WHERE type = 'table' AND name = ?";

    private final Path database;
    private final long busyTimeoutMs;

    public SqliteSnapshots(Path database, long busyTimeoutMs) {
        this.database = database.toAbsolutePath();
        this.busyTimeoutMs = busyTimeoutMs;
    }

    @Override
    public Path newStagingDirectory() {
        try {
            DatabaseFile.createPrivateDirectories(database.getParent());
            return Files.createTempDirectory(database.getParent(), ".prontodb-staging-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create a private directory beside " + database + ": "
                    + e.getMessage());
        }
    }

    @Override
    public void take(Path file) {
        if (!Files.isRegularFile(database)) {
            throw new ProntoException(ExitCode.IO, "no database to back up at " + database,
                    "point -d/--db or PRONTO_DB at an existing database");
        }
        try (Connection c = connect(database); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, file.toString());
            ps.execute();
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database);
        }
    }

    @Override
    public void verify(Path file) {
        verifyFile(file, busyTimeoutMs);
    }

    /**
     * Checks that {@code file} is an intact SQLite database of a known ProntoDB schema, and brings it to the current
     * one: the check for every backend's snapshots, whose archived form is always such a file.
     */
    public static void verifyFile(Path file, long busyTimeoutMs) {
        try (Connection c = connect(file, busyTimeoutMs); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!verdict.equals("ok")) {
                    throw notASnapshot("its integrity check failed: " + verdict);
                }
            }
            Optional<String> mismatch = KnownSchema.mismatch(c);
            if (mismatch.isPresent()) {
                throw notASnapshot("it is not a ProntoDB database of a known schema: " + mismatch.get());
            }
        } catch (SQLException e) {
            throw notASnapshot("it cannot be read as a database: " + SqliteErrors.translate(e, file).getMessage());
        }
        try (SqliteStore migrated = SqliteStore.open(file, busyTimeoutMs);
             Statement st = migrated.connection().createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
        } catch (SQLException | ProntoException e) {
            throw notASnapshot("it cannot be brought to this version's schema: " + e.getMessage());
        }
    }

    private static ProntoException notASnapshot(String why) {
        return ProntoException.badData("not a valid backup: " + why, "the current database was not touched");
    }

    @Override
    public Lease lockForRestore() {
        return RestoreLock.acquire(sibling(RESTORE_LOCK), database);
    }

    /** The previous data is kept as the {@code .bak} file beside the database; {@code previous} is not needed. */
    @Override
    public String replace(Path file, boolean force, PreviousData previous) {
        boolean existed = Files.exists(database);
        if (!existed) {
            DatabaseFile.prepare(database);
        }
        Optional<String> foreign = existed ? whyForeign() : Optional.empty();
        if (foreign.isPresent()) {
            if (!force) {
                throw new ProntoException(ExitCode.ERROR, "the database " + database + " is not one this prontodb can"
                        + " use (" + foreign.get() + "); not replacing it",
                        "add --force to replace it (it is kept as " + bak().getFileName() + ")");
            }
            return renameOver(file).toString();
        }
        replaceInPlace(file, force, existed);
        return existed ? bak().toString() : null;
    }

    /** Why the live file is damaged or foreign, or empty when it is a ProntoDB database of a known schema. */
    private Optional<String> whyForeign() {
        try (Connection c = connect(database)) {
            return KnownSchema.isBlank(c) ? Optional.empty() : KnownSchema.mismatch(c);
        } catch (SQLException e) {
            ProntoException translated = SqliteErrors.translate(e, database);
            if (translated.exitCode() == ExitCode.BUSY) {
                throw translated;
            }
            return Optional.of(e.getMessage().lines().findFirst().orElse("unreadable"));
        }
    }

    private void replaceInPlace(Path file, boolean force, boolean keepPrevious) {
        try (Connection live = connect(database); Statement st = live.createStatement()) {
            try (ResultSet walMode = st.executeQuery("PRAGMA journal_mode=WAL")) {
                walMode.next();
            }
            try (PreparedStatement attach = live.prepareStatement("ATTACH DATABASE ? AS snapshot")) {
                attach.setString(1, file.toString());
                attach.execute();
            }
            st.execute("BEGIN IMMEDIATE");
            boolean committed = false;
            try {
                if (!force && holdsData(st)) {
                    throw new ProntoException(ExitCode.ERROR, "the database " + database + " holds data; not replacing it",
                            "add --force to replace it (the current one is kept as " + bak().getFileName() + ")");
                }
                if (keepPrevious) {
                    copyToBak();
                }
                copySnapshot(st);
                st.execute("COMMIT");
                committed = true;
            } finally {
                if (!committed) {
                    rollbackQuietly(st);
                }
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, database);
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException alreadyRolledBack) {
            // SQLite rolls back by itself after some errors
        }
    }

    private static boolean holdsData(Statement st) throws SQLException {
        if (!hasTable(st, MAIN_HAS_TABLE, "kv")) {
            return false;
        }
        try (ResultSet rs = st.executeQuery(
                "SELECT EXISTS (SELECT 1 FROM main.kv) OR EXISTS (SELECT 1 FROM main.sys_namespaces)")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * Copies the live database as it is now to {@code .bak} while the caller holds the write lock: no commit can
     * come between this copy and the replacement. {@code VACUUM INTO} runs on a second connection, a reader, which
     * sees the last commit.
     */
    private void copyToBak() throws SQLException {
        Path bak = bak();
        Path staged = bak.resolveSibling("." + bak.getFileName() + ".tmp");
        try (Connection reader = connect(database); PreparedStatement ps = reader.prepareStatement("VACUUM INTO ?")) {
            Files.deleteIfExists(staged);
            ps.setString(1, staged.toString());
            ps.execute();
            deleteWithCompanions(bak);
            Files.move(staged, bak, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot keep the current database as " + bak + ": " + IoErrors.why(e));
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException ignored) {
                // a hidden leftover beside the database; the next restore replaces it
            }
        }
    }

    /**
     * Makes the live database hold exactly the snapshot's tables and rows, in the open transaction. Users are kept
     * when the snapshot has none (a backup taken before security was used), so a restore never brings back a
     * default admin password.
     */
    private static void copySnapshot(Statement st) throws SQLException {
        boolean carryUsers = hasTable(st, MAIN_HAS_TABLE, "sec_users") && number(st, "SELECT count(*) FROM main.sec_users") > 0
                && number(st, "SELECT count(*) FROM snapshot.sec_users") == 0;
        if (carryUsers) {
            st.execute("CREATE TEMP TABLE carried_users AS SELECT * FROM main.sec_users");
        }
        for (String table : names(st, "SELECT name FROM main.sqlite_master WHERE type = 'table'" + NOT_INTERNAL)) {
            st.execute("DROP TABLE main." + quote(table));
        }
        // tables first, then indexes, each in the order the snapshot's migrations created them
        for (String definition : names(st, "SELECT sql FROM snapshot.sqlite_master WHERE sql IS NOT NULL" + NOT_INTERNAL
                + " ORDER BY type = 'index', rowid")) {
            st.execute(definition);
        }
        for (String table : names(st, "SELECT name FROM snapshot.sqlite_master WHERE type = 'table'" + NOT_INTERNAL)) {
            st.execute("INSERT INTO main." + quote(table) + " SELECT * FROM snapshot." + quote(table));
        }
        // Copying the rows moved the counters to the highest ids copied; the snapshot's may be higher still.
        if (hasTable(st, MAIN_HAS_TABLE, "sqlite_sequence")) {
            st.execute("DELETE FROM main.sqlite_sequence");
        }
        if (hasTable(st, SNAPSHOT_HAS_TABLE, "sqlite_sequence")) {
            st.execute("INSERT INTO main.sqlite_sequence SELECT * FROM snapshot.sqlite_sequence");
        }
        if (carryUsers) {
            st.execute("INSERT INTO main.sec_users (name, kdf, iterations, salt, hash, default_password, created_at)"
                    + " SELECT name, kdf, iterations, salt, hash, default_password, created_at FROM temp.carried_users");
            st.execute("DROP TABLE temp.carried_users");
        }
        long snapshotVersion = number(st, "PRAGMA snapshot.user_version");
        st.execute("PRAGMA main.user_version = " + snapshotVersion);
    }

    private static List<String> names(Statement st, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static boolean hasTable(Statement st, String sql, String table) throws SQLException {
        try (PreparedStatement ps = st.getConnection().prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long number(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** An identifier read from a verified schema, quoted for SQL. */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * Replaces a damaged or foreign file, which no writer can use: the file is hard-linked as {@code .bak} (its
     * {@code -wal}/{@code -shm} moved along), then the snapshot is renamed over it, so the path never goes missing.
     */
    private Path renameOver(Path file) {
        Path bak = bak();
        try {
            deleteWithCompanions(bak);
            try {
                Files.createLink(bak, database);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(database, bak, StandardCopyOption.COPY_ATTRIBUTES);
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path companion = sibling(suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, bak.resolveSibling(bak.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(file, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return bak;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot replace " + database + ": " + IoErrors.why(e));
        }
    }

    /** The database file and every file kept beside it: its journal files, the copy kept by restore, the lock. */
    public static List<Path> filesOf(Path database) {
        List<Path> files = new ArrayList<>();
        for (String suffix : new String[] {"", "-wal", "-shm", ".bak", ".bak-wal", ".bak-shm", RESTORE_LOCK}) {
            files.add(database.resolveSibling(database.getFileName() + suffix));
        }
        return files;
    }

    private static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private Path bak() {
        return sibling(".bak");
    }

    private Path sibling(String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }

    private Connection connect(Path file) throws SQLException {
        return connect(file, busyTimeoutMs);
    }

    /** A connection that never creates the file and runs no migration. */
    private static Connection connect(Path file, long busyTimeoutMs) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeoutMs));
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        String name = DatabaseFile.driverName(file);
        return new JDBC4Connection("jdbc:sqlite:" + name, name, config.toProperties());
    }
}
