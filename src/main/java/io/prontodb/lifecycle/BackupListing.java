package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The backups in one directory ({@code *.tar.gz}, {@code *.tgz}, {@code *.tar.gz.age}), each read whole to check its
 * checksums. The time is the manifest's; for an archive whose manifest cannot be read, the file's modification time.
 */
public final class BackupListing {
    public record Line(String name, String time, long size, String check) {
        public String text() {
            return name + "\t" + time + "\t" + size + "\t" + check;
        }
    }

    private BackupListing() {
    }

    public static List<Line> of(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ProntoException(ExitCode.IO, "not a directory: " + dir);
        }
        List<Line> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                boolean candidate = name.endsWith(".tar.gz") || name.endsWith(".tgz") || name.endsWith(".tar.gz.age");
                if (candidate && !name.startsWith(".") && Files.isRegularFile(file)) {
                    lines.add(inspect(file));
                }
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot list " + dir + ": " + IoErrors.why(e));
        }
        return lines;
    }

    private static Line inspect(Path file) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        String modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
        if (AgeTool.isEncrypted(file)) {
            return new Line(name, modified, size, "encrypted");
        }
        try {
            BackupManifest manifest = BackupArchive.read(file, null).manifest();
            return new Line(name, manifest.createdAt(), size, "ok");
        } catch (ProntoException e) {
            return new Line(name, modified, size, e.getMessage().replace("not a valid backup: ", "bad: "));
        }
    }
}
