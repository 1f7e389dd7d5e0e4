package io.prontodb.lifecycle;

import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The archive form of a backup: gzip-compressed POSIX tar holding {@code manifest.json} first, then
 * {@code pronto.conf} (when there is one) and {@code pronto.db}. Reading trusts nothing in the archive: member names
 * are matched against those three and never used as paths, only regular files are accepted, every size is bounded
 * by the manifest, and the database and config must match the manifest's SHA-256.
 */
final class BackupArchive {
    private static final int MAX_TEXT_MEMBER_BYTES = 1 << 16;

    /** What an archive holds once read; the paths are null when reading only checked it. */
    record Contents(BackupManifest manifest, Path database, Path config) {
    }

    private BackupArchive() {
    }

    static void pack(OutputStream out, BackupManifest manifest, Path config, Path database, long mtimeSeconds)
            throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        byte[] manifestJson = manifest.toJson();
        add(tar, BackupManifest.NAME, manifestJson.length, mtimeSeconds, new ByteArrayInputStream(manifestJson));
        if (config != null) {
            try (InputStream in = Files.newInputStream(config)) {
                add(tar, BackupManifest.CONFIG, Files.size(config), mtimeSeconds, in);
            }
        }
        try (InputStream in = Files.newInputStream(database)) {
            add(tar, BackupManifest.DATABASE, manifest.databaseSize(), mtimeSeconds, in);
        }
        tar.finish();
        gzip.finish();
        out.flush();
    }

    private static void add(TarArchiveOutputStream tar, String name, long size, long mtimeSeconds, InputStream content)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(size);
        entry.setMode(0600);
        entry.setLastModifiedTime(FileTime.from(mtimeSeconds, java.util.concurrent.TimeUnit.SECONDS));
        tar.putArchiveEntry(entry);
        if (content.transferTo(tar) != size) {
            throw new IOException(name + " changed while it was archived");
        }
        tar.closeArchiveEntry();
    }

    /** Reads and checks {@code archive}; extracts the database and config into {@code work} unless it is null. */
    static Contents read(Path archive, Path work) {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
             GZIPInputStream gzip = new GZIPInputStream(file, 1 << 16)) {
            TarArchiveInputStream tar = new TarArchiveInputStream(gzip);
            TarArchiveEntry first = nextFile(tar);
            if (first == null || !first.getName().equals(BackupManifest.NAME) || first.getSize() > MAX_TEXT_MEMBER_BYTES) {
                throw damaged("it does not start with " + BackupManifest.NAME);
            }
            BackupManifest manifest = BackupManifest.parse(tar.readNBytes(MAX_TEXT_MEMBER_BYTES));
            Path database = null;
            Path config = null;
            boolean sawDatabase = false;
            boolean sawConfig = false;
            for (TarArchiveEntry entry = nextFile(tar); entry != null; entry = nextFile(tar)) {
                if (entry.getName().equals(BackupManifest.DATABASE) && !sawDatabase) {
                    sawDatabase = true;
                    database = extract(tar, entry, manifest.databaseSize(), manifest.databaseSha256(),
                            work == null ? null : work.resolve("restored.db"), "the database");
                } else if (entry.getName().equals(BackupManifest.CONFIG) && !sawConfig && manifest.configSha256() != null) {
                    sawConfig = true;
                    config = extract(tar, entry, MAX_TEXT_MEMBER_BYTES, manifest.configSha256(),
                            work == null ? null : work.resolve("restored.conf"), "the config");
                } else {
                    throw damaged("unexpected member " + printable(entry.getName()));
                }
            }
            if (!sawDatabase) {
                throw damaged("it holds no database");
            }
            if (manifest.configSha256() != null && !sawConfig) {
                throw damaged("its manifest names a config that it does not hold");
            }
            // the gzip trailer (CRC and length) is checked only when the stream is read to its end
            gzip.transferTo(OutputStream.nullOutputStream());
            return new Contents(manifest, database, config);
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage());
        } catch (IOException e) {
            throw damaged("it is truncated or corrupt (" + IoErrors.why(e) + ")");
        }
    }

    private static TarArchiveEntry nextFile(TarArchiveInputStream tar) throws IOException {
        TarArchiveEntry entry = tar.getNextEntry();
        boolean regular = entry == null || (entry.getLinkFlag() == TarConstants.LF_NORMAL
                || entry.getLinkFlag() == TarConstants.LF_OLDNORM) && !entry.isSparse();
        if (!regular) {
            throw damaged("member " + printable(entry.getName()) + " is not a regular file");
        }
        return entry;
    }

    private static Path extract(InputStream tar, TarArchiveEntry entry, long maxSize, String sha256, Path target,
                                String what) throws IOException {
        if (entry.getSize() > maxSize) {
            throw damaged(what + " is larger than its manifest says");
        }
        MessageDigest digest = Checksums.newDigest();
        InputStream content = new DigestInputStream(tar, digest);
        if (target == null) {
            content.transferTo(OutputStream.nullOutputStream());
        } else {
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
                content.transferTo(out);
            }
        }
        if (!Checksums.hex(digest).equals(sha256)) {
            throw damaged(what + " does not match the checksum in its manifest");
        }
        return target;
    }

    private static String printable(String name) {
        return name.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && c < 0x80) ? "'" + name + "'" : "with an unprintable name";
    }

    static ProntoException damaged(String why) {
        return ProntoException.badData("not a valid backup: " + why, "the current database was not touched");
    }
}
