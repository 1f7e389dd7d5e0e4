package io.prontodb;

import io.prontodb.cli.Cli;
import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import io.prontodb.store.postgres.ConnectClasses;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's start-up cache (JDK 24+ AOT cache, AppCDS on older JDKs): the calls
 * scripts make most, against a throwaway database, so the cache holds what they load and never a user's data.
 */
public final class Training {
    private static final String[][] CALLS = {
            {"set", "train.std.key", "value"},
            {"set", "train.std.key__ctx", "-"},
            {"get", "train.std.key"},
            {"get", "train.std.missing"},
            {"keys", "train.std"},
            {"scan", "train.std"},
            {"del", "train.std.key"},
    };

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("prontodb-training");
        try {
            // The process environment, as Main reads it, minus whatever could point at the user's files.
            Map<String, String> variables = new HashMap<>(Environment.system().variables());
            variables.keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("PRONTO_"));
            variables.put("HOME", home.toString());
            Environment env = new Environment(variables, home);
            PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
            for (String[] call : CALLS) {
                byte[] stdin = "from stdin".getBytes(StandardCharsets.UTF_8);
                int code = new Cli(env, new ByteArrayInputStream(stdin), false, new Output(discard, discard),
                        Clock.systemUTC()).run(call);
                int expected = call[1].endsWith("missing") ? ExitCode.MISS.code : ExitCode.OK.code;
                if (code != expected) {
                    throw new IllegalStateException("training call " + String.join(" ", call) + " exited " + code);
                }
            }
            ConnectClasses.load();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
