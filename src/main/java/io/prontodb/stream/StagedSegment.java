package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The data tokens of one namespace segment, held until the segment is complete so that the write lock is taken
 * only to write them, never while the producer is still sending. Up to {@link #MEMORY_BYTES} they stay in memory;
 * beyond that everything goes to a private temporary file (0600), deleted on {@link #close()}.
 */
final class StagedSegment implements AutoCloseable {
    static final long MEMORY_BYTES = 8L << 20;

    /** One staged write; {@code ttlSeconds} null means the namespace's own rule. */
    record Write(Address address, byte[] value, Long ttlSeconds) {
    }

    interface Sink {
        void put(Write write);
    }

    private final List<Write> memory = new ArrayList<>();
    private final long memoryLimit;
    private long memoryBytes;
    private Path file;
    private DataOutputStream out;
    private long count;

    StagedSegment() {
        this(MEMORY_BYTES);
    }

    StagedSegment(long memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    void add(Write write) {
        count++;
        try {
            if (out == null) {
                memory.add(write);
                memoryBytes += write.value().length + 64;
                if (memoryBytes > memoryLimit) {
                    spill();
                }
            } else {
                writeRecord(write);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot stage the stream segment in " + file + ": "
                    + IoErrors.why(e), "set TMPDIR to a directory with room for the largest segment");
        }
    }

    long count() {
        return count;
    }

    /** Hands every staged write to {@code sink}, in the order they were added. */
    void replay(String project, String namespace, Sink sink) {
        if (out == null) {
            memory.forEach(sink::put);
            return;
        }
        try {
            out.close();
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                for (long i = 0; i < count; i++) {
                    sink.put(readRecord(in, project, namespace));
                }
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read the staged stream segment " + file + ": "
                    + IoErrors.why(e));
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // the file is deleted next
        }
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // best effort: a private file in the temporary directory
        }
    }

    private void spill() throws IOException {
        file = Files.createTempFile("prontodb-stream-", ".segment",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        for (Write write : memory) {
            writeRecord(write);
        }
        memory.clear();
    }

    private void writeRecord(Write write) throws IOException {
        out.writeUTF(write.address().key());
        out.writeUTF(write.address().context());
        out.writeLong(write.ttlSeconds() == null ? -1 : write.ttlSeconds());
        out.writeInt(write.value().length);
        out.write(write.value());
    }

    private static Write readRecord(DataInputStream in, String project, String namespace) throws IOException {
        String key = in.readUTF();
        String context = in.readUTF();
        long ttl = in.readLong();
        byte[] value = new byte[in.readInt()];
        in.readFully(value);
        return new Write(new Address(project, namespace, key, context), value, ttl < 0 ? null : ttl);
    }
}
