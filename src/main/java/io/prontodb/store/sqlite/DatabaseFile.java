package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the database file and its missing parent directories with private modes (0600 / 0700). */
final class DatabaseFile {
    private static final int MAX_LINKS = 40;

    private DatabaseFile() {
    }

    /**
     * The name to give the driver for exactly the file at {@code path}: an absolute {@code file:} URI with every
     * byte other than {@code [A-Za-z0-9/._~-]} percent-encoded, so neither the driver (which reads {@code ?...} as
     * pragmas and {@code :memory:} as no file) nor SQLite's URI parameters read anything into the path.
     */
    static String driverName(Path path) {
        StringBuilder uri = new StringBuilder("file:");
        for (byte b : path.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "/._~-".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
            }
        }
        return uri.toString();
    }

    static void prepare(Path named) {
        if (Files.isDirectory(named)) {
            throw new ProntoException(ExitCode.IO, "database path is a directory: " + named,
                    "point -d/--db or PRONTO_DB at a file");
        }
        if (Files.exists(named)) {
            return;
        }
        // A dangling symlink: create the file it points to, privately, rather than let SQLite create it 0644.
        Path path = linkTarget(named);
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                createPrivateDirectories(parent);
            }
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException raced) {
            // another process created it first
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create database " + path + ": " + describe(e));
        }
    }

    private static Path linkTarget(Path path) {
        Path current = path;
        try {
            for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
                Path parent = current.toAbsolutePath().getParent();
                current = parent.resolve(Files.readSymbolicLink(current));
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot follow database link " + path + ": " + describe(e));
        }
        return current;
    }

    /** Creates {@code dir} and any missing ancestors, each 0700. */
    static void createPrivateDirectories(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createPrivateDirectories(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(dir)) {
                throw raced;
            }
        }
    }

    private static String describe(IOException e) {
        String reason = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? reason : reason + " (" + e.getMessage() + ")";
    }
}
