package io.prontodb;

import io.prontodb.cli.Cli;
import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import io.prontodb.store.postgres.ConnectClasses;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training runs behind the launcher's two start-up caches (JDK 24+ AOT caches, AppCDS archives on older JDKs),
 * each recording exactly the classes of its commands, against a throwaway HOME the caller makes and removes, so a
 * cache never holds a user's data:
 * <ul>
 * <li>{@code direct HOME}: the key-value calls scripts make most, on the database that {@code prepare HOME} created
 * in another JVM first, so they take the direct SQLite path and the JDBC classes of creating it stay out;</li>
 * <li>{@code general HOME}: the other commands' path: creating the database through the JDBC connection, listings,
 * copies, and the classes of a PostgreSQL login ({@link ConnectClasses}), as every call on a postgresql:// target
 * uses this cache. Bulk commands (export, import, stream) are left out: every cached class costs each start a little, and
 * their start-up is small next to their work.</li>
 * </ul>
 */
public final class Training {
    private record Call(List<String> args, String stdin, ExitCode expected) {
        static Call of(String... args) {
            return new Call(List.of(args), "from stdin", ExitCode.OK);
        }
    }

    private static final List<Call> PREPARE = List.of(Call.of("set", "train.std.key", "value"));
    private static final List<Call> DIRECT = List.of(
            Call.of("set", "train.std.key", "value"),
            Call.of("set", "train.std.key__ctx", "-"),
            Call.of("get", "train.std.key"),
            new Call(List.of("get", "train.std.missing"), "", ExitCode.MISS),
            Call.of("keys", "train.std"),
            Call.of("scan", "train.std"),
            Call.of("ttl", "train.std.key"),
            Call.of("del", "train.std.key"));
    private static final List<Call> GENERAL = List.of(
            Call.of("set", "train.std.key", "value"),
            Call.of("projects"),
            Call.of("namespaces", "train"),
            Call.of("nss"),
            Call.of("copy", "train.std.key", "train.std.copy"),
            Call.of("move", "train.std.copy", "train.other.moved"),
            // The key-value commands too, as on a postgresql:// target they start from this cache.
            Call.of("get", "train.std.key"),
            Call.of("keys", "train.std"),
            Call.of("del", "train.std.key"),
            Call.of("version"));

    private Training() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Training prepare|direct|general HOME");
        }
        List<Call> calls = switch (args[0]) {
            case "prepare" -> PREPARE;
            case "direct" -> DIRECT;
            case "general" -> GENERAL;
            default -> throw new IllegalArgumentException("unknown training: " + args[0]);
        };
        Path home = Path.of(args[1]).toAbsolutePath();
        // The process environment, as Main reads it, minus whatever could point at the user's files.
        Map<String, String> variables = new HashMap<>(Environment.system().variables());
        variables.keySet().removeIf(name -> name.startsWith("XDG_") || name.startsWith("PRONTO_"));
        variables.put("HOME", home.toString());
        Environment env = new Environment(variables, home);
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (Call call : calls) {
            byte[] stdin = call.stdin().getBytes(StandardCharsets.UTF_8);
            int code = new Cli(env, new ByteArrayInputStream(stdin), false, new Output(discard, discard),
                    Clock.systemUTC()).run(call.args().toArray(String[]::new));
            if (code != call.expected().code) {
                throw new IllegalStateException("training call " + String.join(" ", call.args()) + " exited " + code);
            }
        }
        if (args[0].equals("general")) {
            ConnectClasses.load();
        }
    }
}
