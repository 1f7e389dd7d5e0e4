package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Keeps the data a restore replaces when the backend has no file of it (PostgreSQL): as a backup archive in the
 * data directory, {@code prontodb-before-restore-YYYYMMDDTHHMMSSZ.tar.gz} (0600), which {@code restore --force}
 * brings back and {@code backup --list} lists. Each restore writes a new one; none is ever overwritten by another
 * restore.
 */
public final class PreviousDataArchive implements Snapshots.PreviousData {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path directory;
    private final String prontodbVersion;
    private final Clock clock;
    private Path chosen;

    public PreviousDataArchive(Path directory, String prontodbVersion, Clock clock) {
        this.directory = directory.toAbsolutePath();
        this.prontodbVersion = prontodbVersion;
        this.clock = clock;
    }

    /** Writes the archive whole under a temporary name, then renames it; a retry of the same restore rewrites it. */
    @Override
    public Path keep(Path snapshot) {
        Directories.createPrivate(directory);
        if (chosen == null) {
            chosen = freeName(clock.instant());
        }
        try {
            BackupManifest manifest = Backup.manifest(snapshot, null, prontodbVersion, clock);
            long mtime = clock.instant().getEpochSecond();
            Backup.deliver(chosen, null, out -> BackupArchive.pack(out, manifest, null, snapshot, mtime));
            return chosen;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot keep the current data as " + chosen + ": " + IoErrors.why(e),
                    "nothing was restored");
        }
    }

    private Path freeName(Instant now) {
        String stem = "prontodb-before-restore-" + STAMP.format(now);
        Path candidate = directory.resolve(stem + ".tar.gz");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = directory.resolve(stem + "-" + n + ".tar.gz");
        }
        return candidate;
    }
}
