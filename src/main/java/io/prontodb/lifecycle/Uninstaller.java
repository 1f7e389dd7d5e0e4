package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.sqlite.SqliteSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Removes what {@link Installer} added; with purge, also the config and a SQLite database (and its WAL, shm and
 * .bak). A PostgreSQL database is never dropped.
 */
public final class Uninstaller {
    private final InstallLayout layout;
    private final Consumer<String> status;

    public Uninstaller(InstallLayout layout, Consumer<String> status) {
        this.layout = layout;
        this.status = status;
    }

    /** What a purge deletes, for the confirmation question. */
    public String purgeTargets() {
        String dirs = layout.paths().dataDir() + " and " + layout.paths().configDir();
        return layout.databaseFile() == null ? dirs : layout.databaseFile() + ", " + dirs;
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
            if (layout.databaseFile() == null) {
                removeConfigKeepingTheSharedDatabase(purge);
                return;
            }
            if (!purge) {
                status.accept("kept the database " + layout.databaseFile() + " and the config "
                        + layout.paths().configFile() + " (uninstall --purge removes them)");
                return;
            }
            for (Path file : SqliteSnapshots.filesOf(layout.databaseFile())) {
                Files.deleteIfExists(file);
            }
            Directories.delete(layout.paths().dataDir());
            Directories.delete(layout.paths().configDir());
            status.accept("removed the database and the config");
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "uninstall failed: " + IoErrors.why(e));
        }
    }

    /** A PostgreSQL database may serve other machines: uninstalling on this one never drops its tables. */
    private void removeConfigKeepingTheSharedDatabase(boolean purge) throws IOException {
        if (purge) {
            Directories.delete(layout.paths().dataDir());
            Directories.delete(layout.paths().configDir());
            status.accept("removed the config; the database " + layout.database().describe()
                    + " is left as it is (drop its data with 'prontodb admin drop-project')");
        } else {
            status.accept("kept the config " + layout.paths().configFile() + " (uninstall --purge removes it); the"
                    + " database " + layout.database().describe() + " is left as it is");
        }
    }
}
