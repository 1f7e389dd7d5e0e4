package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.store.sqlite.SqliteStore;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

/**
 * Restores a backup: decrypts it when needed, checks the manifest, the snapshot's SHA-256 and
 * {@code PRAGMA integrity_check} on a staged copy beside the database, and only then renames the copy over the
 * database, keeping the previous one as {@code pronto.db.bak}. Any failure before the rename leaves the
 * database as it was.
 */
public final class Restore {
    public record Outcome(BackupManifest manifest, Path previousKeptAs, boolean configRestored) {
    }

    private final Path database;
    private final Path configFile;
    private final long busyTimeoutMs;
    private final Environment env;

    public Restore(Path database, Path configFile, long busyTimeoutMs, Environment env) {
        this.database = database.toAbsolutePath();
        this.configFile = configFile;
        this.busyTimeoutMs = busyTimeoutMs;
        this.env = env;
    }

    public Outcome restore(Path archive, Path identity, boolean force) {
        if (!Files.isRegularFile(archive)) {
            throw new ProntoException(ExitCode.IO, "no such backup file: " + archive);
        }
        Directories.createPrivate(database.getParent());
        Path work = null;
        try {
            work = Files.createTempDirectory(database.getParent(), ".prontodb-restore-");
            Path plain = decryptIfNeeded(archive, identity, work);
            Staged staged = unpack(plain, work);
            verifyDatabase(staged.database());
            if (!force && holdsData(database)) {
                throw new ProntoException(ExitCode.ERROR, "the database " + database + " holds data; not replacing it",
                        "add --force to replace it (the current one is kept as " + bakPath().getFileName() + ")");
            }
            Path previous = swap(staged.database());
            boolean configRestored = staged.config() != null && !Files.exists(configFile);
            if (configRestored) {
                Directories.createPrivate(configFile.getParent());
                Files.move(staged.config(), configFile);
            }
            return new Outcome(staged.manifest(), previous, configRestored);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "restore failed: " + e.getMessage());
        } finally {
            Directories.deleteQuietly(work);
        }
    }

    private Path bakPath() {
        return database.resolveSibling(database.getFileName() + ".bak");
    }

    private Path decryptIfNeeded(Path archive, Path identity, Path work) throws IOException {
        if (!AgeTool.isEncrypted(archive)) {
            return archive;
        }
        if (identity == null) {
            throw ProntoException.usage("the backup is encrypted with age", "give the identity file: --identity FILE");
        }
        Path plain = work.resolve("backup.tar.gz");
        AgeTool.find(env).decrypt(archive, identity, plain);
        return plain;
    }

    private record Staged(BackupManifest manifest, Path database, Path config) {
    }

    private static Staged unpack(Path archive, Path work) {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16)) {
            TarReader tar = new TarReader(in);
            TarReader.Entry first = tar.next();
            if (first == null || !first.name().equals(BackupManifest.NAME) || first.size() > 1 << 16) {
                throw damaged("it does not start with " + BackupManifest.NAME);
            }
            BackupManifest manifest = BackupManifest.parse(tar.content().readAllBytes());
            Path database = null;
            Path config = null;
            String configSha256 = null;
            for (TarReader.Entry entry = tar.next(); entry != null; entry = tar.next()) {
                Path target = switch (entry.name()) {
                    case BackupManifest.DATABASE -> database == null ? work.resolve("restored.db") : null;
                    case BackupManifest.CONFIG -> config == null ? work.resolve("restored.conf") : null;
                    default -> null;
                };
                if (target == null) {
                    throw damaged("unexpected entry " + entry.name());
                }
                String sha256 = extract(tar.content(), target);
                if (entry.name().equals(BackupManifest.DATABASE)) {
                    if (entry.size() != manifest.databaseSize() || !sha256.equals(manifest.databaseSha256())) {
                        throw damaged("the database does not match the checksum in its manifest");
                    }
                    database = target;
                } else {
                    config = target;
                    configSha256 = sha256;
                }
            }
            if (database == null) {
                throw damaged("it holds no database");
            }
            if (config != null && !configSha256.equals(manifest.configSha256())) {
                throw damaged("the config does not match the checksum in its manifest");
            }
            return new Staged(manifest, database, config);
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage());
        } catch (IOException e) {
            throw damaged("it is truncated or corrupt (" + e.getMessage() + ")");
        }
    }

    private static String extract(InputStream content, Path target) throws IOException {
        MessageDigest digest = Checksums.newDigest();
        try (OutputStream out = Files.newOutputStream(target)) {
            new DigestInputStream(content, digest).transferTo(out);
        }
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return Checksums.hex(digest);
    }

    private static ProntoException damaged(String why) {
        return ProntoException.badData("not a valid backup: " + why, "the current database was not touched");
    }

    /** Integrity check, migration to this version's schema, and WAL mode, all on the staged copy. */
    private void verifyDatabase(Path staged) {
        try (SqliteStore store = SqliteStore.open(staged, busyTimeoutMs);
             Statement st = store.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!verdict.equals("ok")) {
                    throw damaged("integrity check failed: " + verdict);
                }
            }
            st.execute("PRAGMA journal_mode=WAL");
        } catch (SQLException e) {
            throw damaged("the database cannot be read: " + e.getMessage());
        } catch (ProntoException e) {
            if (e.exitCode() == ExitCode.DATA) {
                throw e;
            }
            throw damaged(e.getMessage());
        }
    }

    private boolean holdsData(Path path) {
        if (!Files.exists(path)) {
            return false;
        }
        try (SqliteStore store = SqliteStore.open(path, busyTimeoutMs);
             Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT EXISTS (SELECT 1 FROM kv) OR EXISTS (SELECT 1 FROM sys_namespaces)")) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new ProntoException(ExitCode.IO, "cannot read the current database: " + e.getMessage());
        }
    }

    /**
     * Moves the staged copy into place. The old database is checkpointed (so its file is complete), hard-linked
     * as {@code .bak}, and then replaced by one atomic rename, so the database path never goes missing.
     */
    private Path swap(Path staged) throws IOException {
        Path bak = bakPath();
        boolean hadDatabase = Files.exists(database);
        if (hadDatabase) {
            checkpoint();
            Path wal = sibling("-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                throw new ProntoException(ExitCode.BUSY, "the database is being written to; restore not done",
                        "stop the writers and run restore again");
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(bak.resolveSibling(bak.getFileName() + suffix));
            }
            try {
                Files.createLink(bak, database);
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.copy(database, bak, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.move(staged, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(sibling("-wal"));
        Files.deleteIfExists(sibling("-shm"));
        return hadDatabase ? bak : null;
    }

    private void checkpoint() {
        try (SqliteStore store = SqliteStore.open(database, busyTimeoutMs);
             Statement st = store.connection().createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new ProntoException(ExitCode.IO, "cannot checkpoint the current database: " + e.getMessage());
        }
    }

    private Path sibling(String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }
}
