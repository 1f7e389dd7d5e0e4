package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.cli.Completion;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bash completion file install writes where bash-completion looks for a user's completions:
 * {@code $XDG_DATA_HOME/bash-completion/completions/prontodb} (with --prefix: {@code DIR/share/...}).
 */
final class CompletionFile {
    private CompletionFile() {
    }

    static Path path(Invocation inv) {
        Path share = inv.has(Flag.PREFIX)
                ? Path.of(inv.value(Flag.PREFIX)).toAbsolutePath().normalize().resolve("share")
                : inv.paths().dataDir().getParent();
        return share.resolve("bash-completion/completions/prontodb");
    }

    static void install(Invocation inv) {
        Path file = path(inv);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot create " + file.getParent() + ": " + IoErrors.why(e));
        }
        AtomicFile.write(file, out -> out.write(Completion.bash().getBytes(StandardCharsets.UTF_8)));
        inv.out().status("completion: " + file);
    }

    static void remove(Invocation inv) {
        Path file = path(inv);
        try {
            if (Files.deleteIfExists(file)) {
                inv.out().status("removed " + file);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot remove " + file + ": " + IoErrors.why(e));
        }
    }
}
