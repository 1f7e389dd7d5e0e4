package io.prontodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says why an I/O operation failed. The JDK's file-system exceptions often carry only a path as their message
 * (an AccessDeniedException reads "/x/.e.tsv.123.tmp"); the reason is in their type or in {@code getReason()}.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** A short reason, such as "permission denied" or "No space left on device", naming the file when it differs. */
    public static String why(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (cause instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason() : reasonOf(f);
            return f.getFile() == null ? reason : reason + " (" + f.getFile() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static String reasonOf(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "file already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        return "file system error";
    }
}
