package io.prontodb.store.sqlite;

import java.nio.file.Path;
import java.util.List;

/** The files that make up one SQLite database in WAL mode: the database and its -wal and -shm companions. */
public final class SqliteFiles {
    private SqliteFiles() {
    }

    public static List<Path> of(Path database) {
        String name = database.getFileName().toString();
        return List.of(database, database.resolveSibling(name + "-wal"), database.resolveSibling(name + "-shm"));
    }
}
