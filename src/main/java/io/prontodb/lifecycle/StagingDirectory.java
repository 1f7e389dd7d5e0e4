package io.prontodb.lifecycle;

import java.nio.file.Path;

/**
 * A private staging directory (or temporary file) that is removed on every way out: on close, and by a shutdown hook
 * when the process is ended by SIGTERM or SIGINT meanwhile.
 */
final class StagingDirectory implements AutoCloseable {
    private final Path path;
    private final Thread cleanup;

    StagingDirectory(Path path) {
        this.path = path;
        this.cleanup = new Thread(() -> Directories.deleteQuietly(path));
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        Directories.deleteQuietly(path);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it removes the same directory
        }
    }
}
