package io.prontodb.lifecycle;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.config.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Encryption by the {@code age} tool, found on PATH; ProntoDB never handles the keys itself. */
final class AgeTool {
    private static final byte[] BINARY_HEADER = "age-encryption.org/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ARMORED_HEADER = "-----BEGIN AGE ENCRYPTED FILE-----".getBytes(StandardCharsets.US_ASCII);

    private final Path executable;

    private AgeTool(Path executable) {
        this.executable = executable;
    }

    static AgeTool find(Environment env) {
        String path = env.get("PATH");
        if (path != null) {
            for (String dir : path.split(":")) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "age");
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return new AgeTool(candidate);
                }
            }
        }
        throw new ProntoException(ExitCode.ERROR, "the age tool is not installed (needed for encrypted backups)",
                "install it (Debian/Ubuntu: apt-get install age; macOS: brew install age) and make sure it is on PATH");
    }

    static boolean isEncrypted(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(ARMORED_HEADER.length);
            return startsWith(start, BINARY_HEADER) || startsWith(start, ARMORED_HEADER);
        }
    }

    /** Encrypts {@code plain} to {@code recipient}, writing the ciphertext to {@code out}. */
    void encrypt(Path plain, String recipient, OutputStream out) {
        run(List.of(executable.toString(), "--encrypt", "--recipient", recipient, plain.toString()), out, "encrypt");
    }

    void decrypt(Path encrypted, Path identity, Path plain) {
        run(List.of(executable.toString(), "--decrypt", "--identity", identity.toString(), "--output",
                plain.toString(), encrypted.toString()), OutputStream.nullOutputStream(), "decrypt");
    }

    private static void run(List<String> command, OutputStream out, String what) {
        try {
            Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            try (InputStream stdout = process.getInputStream()) {
                stdout.transferTo(out);
            }
            String errors = new String(stderr.join(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new ProntoException(ExitCode.ERROR, "age could not " + what + " the backup: "
                        + (errors.isEmpty() ? "exit " + process.exitValue() : errors.lines().findFirst().orElse("")));
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot run age: " + IoErrors.why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProntoException(ExitCode.ERROR, "interrupted while age ran");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
