package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.store.Snapshots;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An empty lock file beside the database that one restore holds from start to end, so two restores never both
 * proceed (the second would keep the first one's result as {@code .bak} and lose what was there before both). The
 * file stays after release: removing it would let a restore lock a file that another has just replaced.
 */
final class RestoreLock implements Snapshots.Lease {
    private final FileChannel channel;

    private RestoreLock(FileChannel channel) {
        this.channel = channel;
    }

    static RestoreLock acquire(Path path, Path database) {
        try {
            DatabaseFile.createPrivateDirectories(path.getParent());
            FileChannel channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new ProntoException(ExitCode.BUSY, "another restore of " + database + " is running",
                        "wait for it to finish and check its result before restoring again");
            }
            return new RestoreLock(channel);
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot lock " + path + ": " + IoErrors.why(e));
        }
    }

    /** The lock, or null when another process (or, in tests, this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock; the kernel releases it anyway when the process ends
        }
    }
}
