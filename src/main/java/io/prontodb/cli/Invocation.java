package io.prontodb.cli;

import io.prontodb.Pronto;
import io.prontodb.ProntoException;
import io.prontodb.ProntoOptions;
import io.prontodb.address.Address;
import io.prontodb.address.AddressParser;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NameRules;
import io.prontodb.address.Scope;
import io.prontodb.config.Config;
import io.prontodb.config.Environment;
import io.prontodb.config.XdgPaths;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Everything one command run may use: its arguments, environment, streams, clock, and the library API on the
 * selected target, opened on first use: a command validates all its operands before it asks for {@link #pronto()},
 * so a usage error leaves nothing behind.
 */
public final class Invocation implements AutoCloseable {
    /** The variable whose value the admin user's password becomes when security seeds it. */
    public static final String ADMIN_PASSWORD_VARIABLE = "PRONTO_ADMIN_PASS";

    private final String name;
    private final Command command;
    private final ParsedArgs args;
    private final Environment env;
    private final InputStream stdin;
    private final boolean stdinIsTerminal;
    private final Output output;
    private final Clock clock;
    private Config config;
    private Scope scope;
    private Pronto pronto;

    public Invocation(String name, Command command, ParsedArgs args, Environment env, InputStream stdin, boolean stdinIsTerminal,
                      Output output, Clock clock) {
        this.name = name;
        this.command = command;
        this.args = args;
        this.env = env;
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.output = output;
        this.clock = clock;
    }

    public ParsedArgs args() {
        return args;
    }

    public boolean has(Flag flag) {
        return args.has(flag);
    }

    public String value(Flag flag) {
        return args.value(flag);
    }

    /** The operands, after checking there are between {@code min} and {@code max} of them. */
    public List<String> operands(int min, int max) {
        List<String> operands = args.operands();
        if (operands.size() < min || operands.size() > max) {
            String count = operands.size() < min ? "too few" : "too many";
            throw ProntoException.usage(count + " arguments for " + name, "usage: " + CommandSpec.synopsis(command.usage()));
        }
        return operands;
    }

    public Environment env() {
        return env;
    }

    public InputStream stdin() {
        return stdin;
    }

    public boolean stdinIsTerminal() {
        return stdinIsTerminal;
    }

    /** Whether stderr is a terminal, as the launcher tells; progress is shown only then. */
    public boolean stderrIsTerminal() {
        return env.isSet("PRONTO_STDERR_TTY", "1");
    }

    public Output out() {
        return output;
    }

    public Clock clock() {
        return clock;
    }

    public XdgPaths paths() {
        return XdgPaths.of(env);
    }

    public Config config() {
        if (config == null) {
            config = Config.load(paths().configFile());
        }
        return config;
    }

    /** The current project, namespace and delimiter: flags, then config, then defaults. */
    public Scope scope() {
        if (scope == null) {
            String delimText = firstOf(args.value(Flag.NS_DELIM), config().get(Config.NS_DELIM));
            Delimiter delimiter = delimText == null ? Delimiter.DEFAULT : Delimiter.parse(delimText);
            String project = firstOf(args.value(Flag.PROJECT), config().get(Config.PROJECT), "default");
            String namespace = firstOf(args.value(Flag.NAMESPACE), config().get(Config.NAMESPACE), "default");
            NameRules.check("project", project, delimiter);
            NameRules.check("namespace", namespace, delimiter);
            scope = new Scope(project, namespace, delimiter);
        }
        return scope;
    }

    public AddressParser parser() {
        return new AddressParser(scope());
    }

    /** A key address from an operand, honouring {@code --context}. */
    public Address keyAddress(String text) {
        return parser().parseKey(text, args.value(Flag.CONTEXT));
    }

    /** Where the data lives: {@code -d}, else {@code PRONTO_DB}, else the default database path. */
    public Path target() {
        String path = firstOf(args.value(Flag.DB), env.get("PRONTO_DB"));
        return path != null ? Path.of(path) : paths().defaultDatabase();
    }

    public ProntoOptions options() {
        long busyTimeout = config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, ProntoOptions.DEFAULT_BUSY_TIMEOUT_MS);
        return new ProntoOptions(busyTimeout, scope().delimiter(), env.get(ADMIN_PASSWORD_VARIABLE));
    }

    /** The library API on {@link #target()}, opened (and the database created) on the first call. */
    public Pronto pronto() {
        if (pronto == null) {
            pronto = Pronto.open(target(), clock, options());
        }
        return pronto;
    }

    @Override
    public void close() {
        if (pronto != null) {
            pronto.close();
        }
    }

    private static String firstOf(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
