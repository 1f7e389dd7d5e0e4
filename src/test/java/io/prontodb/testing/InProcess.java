package io.prontodb.testing;

import io.prontodb.cli.Cli;
import io.prontodb.cli.Output;
import io.prontodb.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with a private HOME, injected environment and a hand-moved clock. */
public final class InProcess {
    public final Path home;
    public final MutableClock clock = new MutableClock(1_700_000_000_000L);
    public final Map<String, String> env = new HashMap<>();

    public InProcess(Path home) {
        this.home = home;
        env.put("HOME", home.toString());
        env.put("XDG_DATA_HOME", home.resolve("data").toString());
        env.put("XDG_CONFIG_HOME", home.resolve("config").toString());
    }

    public Path database() {
        return home.resolve("data/prontodb/pronto.db");
    }

    public Result run(String... args) {
        return runWithStdin(null, args);
    }

    /** Runs with {@code stdin} piped in; null means stdin is a terminal. */
    public Result runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Cli cli = new Cli(new Environment(Map.copyOf(env), home),
                new ByteArrayInputStream(stdin == null ? new byte[0] : stdin), stdin == null,
                new Output(out, errStream), clock);
        int code = cli.run(args);
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }
}
