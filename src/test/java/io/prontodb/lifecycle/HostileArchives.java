package io.prontodb.lifecycle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** Writes .tar.gz files with whatever members a test wants, including ones no backup would hold. */
final class HostileArchives {
    interface Members {
        void add(Writer tar) throws IOException;
    }

    static final class Writer {
        private final TarArchiveOutputStream tar;

        private Writer(TarArchiveOutputStream tar) {
            this.tar = tar;
        }

        void file(String name, byte[] content) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }

        void symlink(String name, String target) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK, true);
            entry.setLinkName(target);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }
    }

    private HostileArchives() {
    }

    static Path write(Path file, Members members) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            members.add(new Writer(tar));
            tar.finish();
        }
        return file;
    }
}
