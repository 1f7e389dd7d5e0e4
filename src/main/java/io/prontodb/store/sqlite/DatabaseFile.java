package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the database file and its missing parent directories with private modes (0600 / 0700). */
final class DatabaseFile {
    private DatabaseFile() {
    }

    static void prepare(Path path) {
        if (Files.isDirectory(path)) {
            throw new ProntoException(ExitCode.IO, "database path is a directory: " + path,
                    "point -d/--db or PRONTO_DB at a file");
        }
        if (Files.exists(path)) {
            return;
        }
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
