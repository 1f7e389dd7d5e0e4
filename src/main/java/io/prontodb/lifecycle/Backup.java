package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.portability.AtomicFile;
import io.prontodb.store.Snapshots;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a backup: a consistent snapshot of the whole data set (taken through {@link Snapshots} while others write),
 * packed with its manifest and the config as {@code .tar.gz}, optionally encrypted by age. Plaintext is staged only in
 * a private directory the snapshots provide (beside the database, inside its private data directory), removed on
 * every exit path including SIGTERM/SIGINT. A file destination appears only when complete.
 */
public final class Backup {
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Snapshots snapshots;
    private final Path configFile;
    private final String prontodbVersion;
    private final Clock clock;
    private final Environment env;

    public Backup(Snapshots snapshots, Path configFile, String prontodbVersion, Clock clock,
                  Environment env) {
        this.snapshots = snapshots;
        this.configFile = configFile;
        this.prontodbVersion = prontodbVersion;
        this.clock = clock;
        this.env = env;
    }

    public static String defaultFileName(Instant now, boolean encrypted) {
        return "prontodb-backup-" + FILE_STAMP.format(now) + ".tar.gz" + (encrypted ? ".age" : "");
    }

    /**
     * Writes the backup to the file {@code out} (or, when {@code out} is null, to {@code stdout}), encrypted to
     * {@code ageRecipient} unless it is null.
     */
    public void write(Path out, OutputStream stdout, String ageRecipient) {
        AgeTool age = ageRecipient == null ? null : AgeTool.find(env);
        try (StagingDirectory staged = new StagingDirectory(snapshots.newStagingDirectory())) {
            Path work = staged.path();
            Path snapshot = work.resolve("snapshot.db");
            snapshots.take(snapshot);
            Path config = Files.isRegularFile(configFile) ? configFile : null;
            BackupManifest manifest = manifest(snapshot, config, prontodbVersion, clock);
            long mtime = clock.instant().getEpochSecond();
            if (age == null) {
                deliver(out, stdout, stream -> BackupArchive.pack(stream, manifest, config, snapshot, mtime));
            } else {
                Path plain = work.resolve("backup.tar.gz");
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 16)) {
                    BackupArchive.pack(file, manifest, config, snapshot, mtime);
                }
                Files.delete(snapshot);
                deliver(out, stdout, stream -> age.encrypt(plain, ageRecipient, stream));
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write backup " + (out == null ? "to stdout" : out) + ": "
                    + IoErrors.why(e));
        }
    }

    static BackupManifest manifest(Path snapshot, Path config, String prontodbVersion, Clock clock) throws IOException {
        return new BackupManifest(BackupManifest.FORMAT, prontodbVersion,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), Files.size(snapshot),
                Checksums.of(snapshot), config == null ? null : Checksums.of(config));
    }

    /**
     * Writes to stdout, or to a temporary file beside {@code out} (0600, removed on every way out, including
     * SIGTERM/SIGINT) that is renamed over {@code out} when complete.
     */
    static void deliver(Path out, OutputStream stdout, AtomicFile.Content content) throws IOException {
        if (out == null) {
            content.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (StagingDirectory partial = new StagingDirectory(temp)) {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(file);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
