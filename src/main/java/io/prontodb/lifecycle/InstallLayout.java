package io.prontodb.lifecycle;

import io.prontodb.config.Target;
import io.prontodb.config.XdgPaths;
import java.nio.file.Path;

/**
 * Where install puts things. Without a prefix: the application in {@code $XDG_DATA_HOME/prontodb/app} and the
 * launcher link in {@code ~/.local/bin}; with {@code --prefix DIR}: {@code DIR/lib/prontodb} and {@code DIR/bin}.
 * The database and config always follow the XDG rules (or -d / PRONTO_DB); the database is a SQLite file or a
 * PostgreSQL database.
 */
public record InstallLayout(Path appDir, Path launcherLink, Target database, XdgPaths paths) {

    public static InstallLayout of(XdgPaths paths, Path home, Path prefix, Target database) {
        if (prefix != null) {
            Path root = prefix.toAbsolutePath().normalize();
            return new InstallLayout(root.resolve("lib/prontodb"), root.resolve("bin/prontodb"), database, paths);
        }
        return new InstallLayout(paths.dataDir().resolve("app"), home.resolve(".local/bin/prontodb"), database, paths);
    }

    /** The database file, or null when the database is not a file of this machine. */
    Path databaseFile() {
        return database instanceof Target.Sqlite sqlite ? sqlite.path() : null;
    }

    Path appLauncher() {
        return appDir.resolve("bin/prontodb");
    }
}
