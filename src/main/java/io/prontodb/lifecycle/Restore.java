package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import io.prontodb.store.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restores a backup: decrypts it when needed, checks the archive (manifest, checksums) and the snapshot (integrity,
 * known schema) in a private staging directory, and only then has the snapshots replace the live data, under the
 * write lock, keeping the previous data. Any failure before that leaves everything as it was. One restore at a time.
 */
public final class Restore {
    public record Outcome(BackupManifest manifest, String previousKeptAs, boolean configRestored) {
    }

    private final Snapshots snapshots;
    private final Path configFile;
    private final Snapshots.PreviousData previousData;
    private final Environment env;

    /** {@code previousData} keeps the replaced data when the backend has no file of it to keep beside it. */
    public Restore(Snapshots snapshots, Path configFile, Snapshots.PreviousData previousData, Environment env) {
        this.snapshots = snapshots;
        this.configFile = configFile;
        this.previousData = previousData;
        this.env = env;
    }

    public Outcome restore(Path archive, Path identity, boolean force) {
        if (!Files.isRegularFile(archive)) {
            throw new ProntoException(ExitCode.IO, "no such backup file: " + archive);
        }
        try (Snapshots.Lease exclusive = snapshots.lockForRestore();
             StagingDirectory staging = new StagingDirectory(snapshots.newStagingDirectory())) {
            Path work = staging.path();
            try {
                Path plain = decryptIfNeeded(archive, identity, work);
                BackupArchive.Contents staged = BackupArchive.read(plain, work);
                snapshots.verify(staged.database());
                String previous = snapshots.replace(staged.database(), force, previousData);
                boolean configRestored = staged.config() != null && !Files.exists(configFile);
                if (configRestored) {
                    Directories.createPrivate(configFile.getParent());
                    Files.move(staged.config(), configFile);
                }
                return new Outcome(staged.manifest(), previous, configRestored);
            } catch (IOException e) {
                throw new ProntoException(ExitCode.IO, "restore failed: " + IoErrors.why(e));
            }
        }
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
}
