package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file (mode 0600) through a temporary sibling renamed into place at the end, so readers see either the
 * old file or the complete new one, and a failure leaves no half-written file behind. The sibling is created
 * exclusively (never through an existing file or link) under a name of its own; not through
 * {@code Files.createTempFile}, whose random name costs a {@code SecureRandom}: its security providers took a
 * quarter of an empty export's run.
 */
public final class AtomicFile {
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_ATTEMPTS = 100;

    private AtomicFile() {
    }

    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = createSibling(absolute);
            try (OutputStream out = new BufferedOutputStream(new FileOutputStream(temp.toFile()), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write " + target + ": " + IoErrors.why(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after its target
                }
            }
        }
    }

    /** A new, empty, private file beside {@code target}, named after it and this moment; another name when taken. */
    private static Path createSibling(Path target) throws IOException {
        FileAttribute<?> privateMode =
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        for (int attempt = 0; ; attempt++) {
            Path sibling = target.resolveSibling(
                    "." + target.getFileName() + "." + Long.toString(System.nanoTime(), 36) + ".tmp");
            try {
                return Files.createFile(sibling, privateMode);
            } catch (FileAlreadyExistsException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
