package io.prontodb.config;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The settings files of config/: {@code key=value} lines, written whole (0600, in 0700 directories) and renamed. */
final class PrivateFiles {
    private PrivateFiles() {
    }

    /** The {@code key=value} lines of {@code file}; blank lines and {@code #} comments are skipped. */
    static Map<String, String> readSettings(Path file) throws NoSuchFileException {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.strip().startsWith("#") && eq > 0) {
                    values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read " + file + ": " + IoErrors.why(e));
        }
        return values;
    }

    /**
     * Sets {@code key} in a settings file (value null: removes it), keeping every other line and comment as it
     * was; the first line of the key is replaced, later duplicates are dropped.
     */
    static void replaceSetting(Path file, String key, String value) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            lines = List.of();
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read " + file + ": " + IoErrors.why(e));
        }
        List<String> updated = new ArrayList<>();
        boolean placed = value == null;
        for (String line : lines) {
            int eq = line.indexOf('=');
            boolean isKey = eq > 0 && !line.strip().startsWith("#") && line.substring(0, eq).strip().equals(key);
            if (!isKey) {
                updated.add(line);
            } else if (!placed) {
                updated.add(key + "=" + value);
                placed = true;
            }
        }
        if (!placed) {
            updated.add(key + "=" + value);
        }
        write(file, (String.join("\n", updated) + (updated.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] content) {
        Path absolute = file.toAbsolutePath();
        createPrivateDirectories(absolute.getParent());
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, content);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot write " + file + ": " + IoErrors.why(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // hidden and named after its target; the next write replaces it
                }
            }
        }
    }

    private static void createPrivateDirectories(Path dir) {
        if (Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw new ProntoException(ExitCode.IO, "not a directory: " + dir);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create " + dir + ": " + IoErrors.why(e));
        }
    }
}
