package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.sqlite.SqliteSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Removes what {@link Installer} added; with purge, also the database (and its WAL, shm and .bak) and the config. */
public final class Uninstaller {
    private final InstallLayout layout;
    private final Consumer<String> status;

    public Uninstaller(InstallLayout layout, Consumer<String> status) {
        this.layout = layout;
        this.status = status;
    }

    /** What a purge deletes, for the confirmation question. */
    public String purgeTargets() {
        return layout.database() + ", " + layout.paths().dataDir() + " and " + layout.paths().configDir();
    }

    public void uninstall(boolean purge) {
        try {
            Path link = layout.launcherLink();
            if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(layout.appLauncher())) {
                Files.delete(link);
                status.accept("removed " + link);
            }
            if (Files.exists(layout.appDir())) {
                Directories.delete(layout.appDir());
                status.accept("removed " + layout.appDir());
            }
            if (!purge) {
                status.accept("kept the database " + layout.database() + " and the config "
                        + layout.paths().configFile() + " (uninstall --purge removes them)");
                return;
            }
            for (Path file : SqliteSnapshots.filesOf(layout.database())) {
                Files.deleteIfExists(file);
            }
            Directories.delete(layout.paths().dataDir());
            Directories.delete(layout.paths().configDir());
            status.accept("removed the database and the config");
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "uninstall failed: " + IoErrors.why(e));
        }
    }
}
