package io.prontodb;

import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import io.prontodb.store.postgres.TrainingServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training runs behind the launcher's three start-up caches (JDK 24+ AOT caches, AppCDS archives on older JDKs),
 * each recording exactly the classes of its commands, against a throwaway HOME the caller makes and removes, so a
 * cache never holds a user's data:
 * <ul>
 * <li>{@code direct HOME}: the key-value calls scripts make most, and an export (to stdout), on the database that
 * {@code prepare HOME} created in another JVM first, so they take the direct SQLite path and the JDBC classes of
 * creating it stay out; the export adds 25 classes to the 1,117 of the others;</li>
 * <li>{@code postgres HOME}: the same calls on a postgresql:// target, logging in to a {@link TrainingServer} on a
 * loopback port (a stand-in: the training has no real server), so the driver's login and statement path is cached
 * as it runs, lambdas and all;</li>
 * <li>{@code general HOME}: the other commands' path: creating the database through the JDBC connection, listings,
 * copies, and one PostgreSQL login, as the other commands on a postgresql:// target use this cache. Import and
 * stream are left out: every cached class costs each start a little, and their start-up is small next to their
 * work.</li>
 * </ul>
 */
public final class Training {
    private record Call(List<String> args, String stdin, ExitCode expected) {
        static Call of(String... args) {
            return new Call(List.of(args), "from stdin", ExitCode.OK);
        }

        Call on(String target) {
            return new Call(Stream.concat(Stream.of("-d", target), args.stream()).toList(), stdin, expected);
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
            Call.of("export", "train"),
            Call.of("del", "train.std.key"));
    private static final List<Call> GENERAL = List.of(
            Call.of("set", "train.std.key", "value"),
            Call.of("projects"),
            Call.of("namespaces", "train"),
            Call.of("nss"),
            Call.of("copy", "train.std.key", "train.std.copy"),
            Call.of("move", "train.std.copy", "train.other.moved"),
            Call.of("version"));
    /** Run against the training server, after {@code -d TARGET}. */
    private static final List<Call> POSTGRES = List.of(
            Call.of("set", "train.std.key", "value"),
            Call.of("get", "train.std.key"),
            Call.of("keys", "train.std"),
            Call.of("scan", "train.std"),
            Call.of("ttl", "train.std.key"),
            Call.of("del", "train.std.key"));
    private static final List<Call> GENERAL_POSTGRES = List.of(Call.of("get", "train.std.key"));

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Training prepare|direct|postgres|general HOME");
        }
        List<Call> local = switch (args[0]) {
            case "prepare" -> PREPARE;
            case "direct" -> DIRECT;
            case "general" -> GENERAL;
            case "postgres" -> List.of();
            default -> throw new IllegalArgumentException("unknown training: " + args[0]);
        };
        List<Call> remote = switch (args[0]) {
            case "postgres" -> POSTGRES;
            case "general" -> GENERAL_POSTGRES;
            default -> List.of();
        };
        Path home = Path.of(args[1]).toAbsolutePath();
        // The process environment, as Main reads it, minus whatever could point at the user's files or servers.
        Map<String, String> variables = new HashMap<>(Environment.system().variables());
        variables.keySet().removeIf(name ->
                name.startsWith("XDG_") || name.startsWith("PRONTO_") || name.startsWith("PG"));
        variables.put("HOME", home.toString());
        variables.put("PGPASSWORD", TrainingServer.PASSWORD);
        Environment env = new Environment(variables, home);
        runAll(env, local);
        if (!remote.isEmpty()) {
            try (TrainingServer server = TrainingServer.start()) {
                runAll(env, remote.stream().map(call -> call.on(server.target())).toList());
            }
        }
    }

    private static void runAll(Environment env, List<Call> calls) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        for (Call call : calls) {
            byte[] stdin = call.stdin().getBytes(StandardCharsets.UTF_8);
            int code = Main.run(env, new ByteArrayInputStream(stdin), false, new Output(discard, discard),
                    call.args().toArray(String[]::new));
            if (code != call.expected().code) {
                throw new IllegalStateException("training call " + String.join(" ", call.args()) + " exited " + code);
            }
        }
    }
}
