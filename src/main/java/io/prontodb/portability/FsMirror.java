package io.prontodb.portability;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.cache.WriteBatch;
import io.prontodb.store.Entry;
import io.prontodb.store.RowScope;
import io.prontodb.store.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-system mirror: {@code DIR/project/namespace/key.json} and {@code DIR/project/namespace/context/key.json},
 * each file holding the value's bytes, names encoded by {@link FsNameCodec}. Writing never follows a symbolic
 * link and never leaves DIR; reading refuses links and anything the layout does not explain, and skips hidden
 * entries (names starting with '.', which the codec never writes).
 */
public final class FsMirror {
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final Store store;
    private final Clock clock;
    private final Delimiter delimiter;

    public FsMirror(Store store, Clock clock, Delimiter delimiter) {
        this.store = store;
        this.clock = clock;
        this.delimiter = delimiter;
    }

    /** Writes the live entries of {@code scope} under {@code dir}; returns how many files were written. */
    public long exportTo(Path dir, RowScope scope, long nowMillis) {
        Path root = dir.toAbsolutePath().normalize();
        long[] count = {0};
        try {
            ensureDirectory(root);
            store.forEachRow(scope, false, nowMillis, entry -> {
                Path file = fileFor(root, entry.address());
                try {
                    ensureDirectory(file.getParent());
                    writeFile(file, entry.value());
                } catch (IOException e) {
                    throw new ProntoException(ExitCode.IO, "cannot write " + file + ": " + IoErrors.why(e));
                }
                count[0]++;
            });
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create " + root + ": " + IoErrors.why(e));
        }
        return count[0];
    }

    /** Where an entry's file goes; checked to be inside {@code root}. */
    static Path fileFor(Path root, Address a) {
        Path dir = root.resolve(segment(FsNameCodec.directoryName(a.project())))
                .resolve(segment(FsNameCodec.directoryName(a.namespace())));
        if (a.hasContext()) {
            dir = dir.resolve(segment(FsNameCodec.directoryName(a.context())));
        }
        Path file = dir.resolve(segment(FsNameCodec.fileName(a.key())));
        if (!file.normalize().startsWith(root) || file.getNameCount() != root.getNameCount() + (a.hasContext() ? 4 : 3)) {
            throw new IllegalStateException("encoded path escapes the mirror: " + file);
        }
        return file;
    }

    private static String segment(String encoded) {
        if (encoded.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            throw new ProntoException(ExitCode.IO, "name too long for a file name once encoded: " + encoded,
                    "export or export-fs PATH to leave that entry out");
        }
        return encoded;
    }

    private static void ensureDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir, NO_FOLLOW)) {
            return;
        }
        if (Files.isSymbolicLink(dir)) {
            throw new ProntoException(ExitCode.IO, "refusing to write through the symbolic link " + dir);
        }
        Path parent = dir.getParent();
        if (parent != null) {
            ensureDirectory(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, NO_FOLLOW)) {
                throw new ProntoException(ExitCode.IO, "not a directory: " + dir);
            }
        }
    }

    private static void writeFile(Path file, byte[] value) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            out.write(value);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** Reads every file under {@code dir} into the store in one transaction; returns what was written. */
    public ImportResult importFrom(Path dir, ConflictPolicy policy) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root, NO_FOLLOW)) {
            throw new ProntoException(ExitCode.IO, "not a directory: " + dir);
        }
        return store.inWriteTransaction(() -> {
            long[] counts = {0, 0};
            try (WriteBatch batch = new WriteBatch(store, clock, policy == ConflictPolicy.REPLACE)) {
                for (Path projectDir : children(root, true)) {
                    for (Path namespaceDir : children(projectDir, true)) {
                        for (Path child : children(namespaceDir, false)) {
                            if (Files.isDirectory(child, NO_FOLLOW)) {
                                for (Path file : children(child, false)) {
                                    importFile(batch, root, file, policy, counts);
                                }
                            } else {
                                importFile(batch, root, child, policy, counts);
                            }
                        }
                    }
                }
                long distinct = batch.distinctInserted();
                batch.finish();
                return new ImportResult(distinct, counts[1], counts[0] - distinct);
            }
        });
    }

    private void importFile(WriteBatch batch, Path root, Path file, ConflictPolicy policy, long[] counts) {
        if (!Files.isRegularFile(file, NO_FOLLOW) || !file.getFileName().toString().endsWith(FsNameCodec.FILE_SUFFIX)) {
            throw ProntoException.badData("unexpected entry in the mirror: " + file,
                    "only DIR/PROJECT/NAMESPACE/[CONTEXT/]KEY.json files belong there");
        }
        Path relative = root.relativize(file);
        Address address;
        try {
            String fileName = relative.getFileName().toString();
            String key = FsNameCodec.decode(fileName.substring(0, fileName.length() - FsNameCodec.FILE_SUFFIX.length()));
            String context = relative.getNameCount() == 4 ? FsNameCodec.decode(relative.getName(2).toString()) : "";
            address = new Address(FsNameCodec.decode(relative.getName(0).toString()),
                    FsNameCodec.decode(relative.getName(1).toString()), key, context);
            EntryRules.check(address);
        } catch (IllegalArgumentException e) {
            throw ProntoException.badData(file + ": " + e.getMessage());
        }
        byte[] value;
        try {
            value = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read " + file + ": " + IoErrors.why(e));
        }
        if (batch.insert(new Entry(address, value, null))) {
            counts[0]++;
        } else if (policy == ConflictPolicy.FAIL) {
            throw new ProntoException(ExitCode.ERROR, file + ": " + address.format(delimiter)
                    + " already exists; nothing imported", "use --on-conflict replace or --on-conflict skip");
        } else {
            counts[1]++;
        }
    }

    /** The entries of {@code dir} that are not hidden, sorted; with {@code directoriesOnly}, anything else is an error. */
    private static List<Path> children(Path dir, boolean directoriesOnly) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                if (child.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isSymbolicLink(child)) {
                    throw ProntoException.badData("refusing to follow the symbolic link " + child);
                }
                if (directoriesOnly && !Files.isDirectory(child, NO_FOLLOW)) {
                    throw ProntoException.badData("unexpected entry in the mirror: " + child,
                            "only DIR/PROJECT/NAMESPACE/[CONTEXT/]KEY.json files belong there");
                }
                found.add(child);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read " + dir + ": " + IoErrors.why(e));
        }
        found.sort(null);
        return found;
    }
}
