package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.sqlite.SqliteStore;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Installs ProntoDB for one user: private data and config directories, a commented default config when there is
 * none, the database, the application files and a launcher link. Running it again repairs whatever is missing.
 * A PostgreSQL database is not created here: the caller opens it (creating ProntoDB's tables) before installing.
 */
public final class Installer {
    static final String DEFAULT_CONFIG = """
            # ProntoDB settings: key=value lines; '#' starts a comment.
            # The project and namespace used when an address leaves them out (default: default).
            #project=default
            #namespace=default
            # The character between project, namespace and key (default: .).
            #ns_delim=.
            # How long a write waits for another writer's lock, in milliseconds (default: 5000).
            #busy_timeout_ms=5000
            """;

    private final InstallLayout layout;
    private final long busyTimeoutMs;
    private final Consumer<String> status;

    public Installer(InstallLayout layout, long busyTimeoutMs, Consumer<String> status) {
        this.layout = layout;
        this.busyTimeoutMs = busyTimeoutMs;
        this.status = status;
    }

    public void install(InstallSource source) {
        Directories.createPrivate(layout.paths().dataDir());
        Directories.createPrivate(layout.paths().configDir());
        writeDefaultConfig();
        if (layout.databaseFile() != null) {
            SqliteStore.open(layout.databaseFile(), busyTimeoutMs).close();
        }
        try {
            copyApplication(source);
            linkLauncher();
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "install failed: " + IoErrors.why(e));
        }
        primeStartupCache();
        status.accept("database: " + layout.database().describe());
        status.accept("config:   " + layout.paths().configFile());
        status.accept("launcher: " + layout.launcherLink() + " -> " + layout.appLauncher());
    }

    /**
     * Runs the installed launcher once: on a JDK that supports it, that starts the background training run which
     * writes the start-up cache, so the first real call is already fast. Best effort: without it the launcher
     * trains on its first call instead.
     */
    private void primeStartupCache() {
        try {
            Process launcher = new ProcessBuilder(layout.appLauncher().toString(), "version")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.destroy();
            }
        } catch (IOException e) {
            status.accept("note: could not run " + layout.appLauncher() + " to prepare the start-up cache: "
                    + IoErrors.why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeDefaultConfig() {
        Path config = layout.paths().configFile();
        if (Files.exists(config)) {
            return;
        }
        try {
            Files.writeString(Files.createFile(config,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    DEFAULT_CONFIG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write " + config + ": " + IoErrors.why(e));
        }
    }

    private void copyApplication(InstallSource source) throws IOException {
        Path app = layout.appDir();
        if (Files.exists(app) && Files.isSameFile(source.jar().getParent(), app)) {
            return; // running the installed copy: its files are the ones to keep
        }
        Directories.createPrivate(app);
        Files.setPosixFilePermissions(app, PosixFilePermissions.fromString("rwxr-xr-x"));
        copyFile(source.jar(), app.resolve("prontodb.jar"));
        replaceTree(source.libDir(), app.resolve("lib"));
        if (Files.isDirectory(source.nativeDir())) {
            replaceTree(source.nativeDir(), app.resolve("native"));
        }
        Files.createDirectories(app.resolve("bin"));
        copyFile(source.launcher(), layout.appLauncher());
        Files.setPosixFilePermissions(layout.appLauncher(), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Copies through a temporary sibling and a rename, so a running copy is never overwritten in place. */
    private static void copyFile(Path from, Path to) throws IOException {
        Path temp = to.resolveSibling("." + to.getFileName() + ".new");
        Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void replaceTree(Path from, Path to) throws IOException {
        Path staged = to.resolveSibling("." + to.getFileName() + ".new");
        Directories.delete(staged);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(from)) {
            sources = new ArrayList<>(walk.toList());
        }
        for (Path path : sources) {
            Path target = staged.resolve(from.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
        Path old = to.resolveSibling("." + to.getFileName() + ".old");
        Directories.delete(old);
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(to, old);
        }
        Files.move(staged, to, StandardCopyOption.ATOMIC_MOVE);
        Directories.delete(old);
    }

    private void linkLauncher() throws IOException {
        Path link = layout.launcherLink();
        Path target = layout.appLauncher();
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link)) {
            throw new ProntoException(ExitCode.ERROR, "a file is in the way of the launcher: " + link,
                    "move it away, or install with --prefix DIR");
        }
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }
}
