package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.portability.AtomicFile;
import io.prontodb.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a backup: a consistent snapshot of the whole database taken with {@code VACUUM INTO} (a read
 * transaction, so writers carry on), packed with its manifest and the config as {@code .tar.gz}, optionally
 * encrypted by age. The archive appears at its path only when complete.
 */
public final class Backup {
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final SqliteStore store;
    private final Path configFile;
    private final String prontodbVersion;
    private final Clock clock;
    private final Environment env;

    public Backup(SqliteStore store, Path configFile, String prontodbVersion, Clock clock, Environment env) {
        this.store = store;
        this.configFile = configFile;
        this.prontodbVersion = prontodbVersion;
        this.clock = clock;
        this.env = env;
    }

    public static String defaultFileName(Instant now, boolean encrypted) {
        return "prontodb-backup-" + FILE_STAMP.format(now) + ".tar.gz" + (encrypted ? ".age" : "");
    }

    /** Writes the backup to {@code out}, encrypted to {@code ageRecipient} unless it is null. */
    public void write(Path out, String ageRecipient) {
        AgeTool age = ageRecipient == null ? null : AgeTool.find(env);
        Path target = out.toAbsolutePath();
        Path work = null;
        try {
            work = Files.createTempDirectory(target.getParent(), ".prontodb-backup-");
            Path snapshot = work.resolve(BackupManifest.DATABASE);
            snapshot(snapshot);
            boolean withConfig = Files.isRegularFile(configFile);
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, prontodbVersion,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), Files.size(snapshot),
                    Checksums.of(snapshot), withConfig ? Checksums.of(configFile) : null);
            if (age == null) {
                AtomicFile.write(target, stream -> pack(manifest, snapshot, withConfig, stream));
            } else {
                Path plain = work.resolve("backup.tar.gz");
                AtomicFile.write(plain, stream -> pack(manifest, snapshot, withConfig, stream));
                Path encrypted = work.resolve("backup.tar.gz.age");
                age.encrypt(plain, ageRecipient, encrypted);
                Files.move(encrypted, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write backup " + out + ": " + e.getMessage());
        } finally {
            Directories.deleteQuietly(work);
        }
    }

    private void snapshot(Path snapshot) {
        try (PreparedStatement ps = store.connection().prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, snapshot.toString());
            ps.execute();
        } catch (SQLException e) {
            throw new ProntoException(ExitCode.IO, "cannot snapshot the database: " + e.getMessage());
        }
    }

    private void pack(BackupManifest manifest, Path snapshot, boolean withConfig, java.io.OutputStream out)
            throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        TarWriter tar = new TarWriter(gzip);
        long mtime = clock.instant().getEpochSecond();
        byte[] manifestJson = manifest.toJson();
        tar.add(BackupManifest.NAME, manifestJson.length, mtime, new java.io.ByteArrayInputStream(manifestJson));
        if (withConfig) {
            try (InputStream in = Files.newInputStream(configFile)) {
                tar.add(BackupManifest.CONFIG, Files.size(configFile), mtime, in);
            }
        }
        try (InputStream in = Files.newInputStream(snapshot)) {
            tar.add(BackupManifest.DATABASE, manifest.databaseSize(), mtime, in);
        }
        tar.finish();
        gzip.finish();
    }
}
