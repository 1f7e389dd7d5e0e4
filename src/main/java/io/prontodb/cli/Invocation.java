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
import io.prontodb.config.Cursor;
import io.prontodb.config.CursorPrecedence;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.config.XdgPaths;
import io.prontodb.store.remote.RemotePronto;
import java.io.InputStream;
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
    private CursorPrecedence.Selection selection;
    private Target target;
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

    public List<String> values(Flag flag) {
        return args.values(flag);
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
            Delimiter delimiter = delimiter();
            Cursor cursor = selection().cursor();
            String project = firstOf(args.value(Flag.PROJECT), cursor == null ? null : cursor.project(),
                    config().get(Config.PROJECT), "default");
            String namespace = firstOf(args.value(Flag.NAMESPACE), cursor == null ? null : cursor.namespace(),
                    config().get(Config.NAMESPACE), "default");
            NameRules.check("project", project, delimiter);
            NameRules.check("namespace", namespace, delimiter);
            scope = new Scope(project, namespace, delimiter, args.has(Flag.PROJECT), args.has(Flag.NAMESPACE));
        }
        return scope;
    }

    /** The delimiter of this call: --ns-delim, else config, else '.'. */
    public Delimiter delimiter() {
        String delimText = firstOf(args.value(Flag.NS_DELIM), config().get(Config.NS_DELIM));
        return delimText == null ? Delimiter.DEFAULT : Delimiter.parse(delimText);
    }

    public AddressParser parser() {
        return new AddressParser(scope());
    }

    /** A key address from an operand, honouring {@code --context} and {@code --user}. */
    public Address keyAddress(String text) {
        String context = contextFlag();
        String[] parts = scope().delimiter().split(text);
        if (args.has(Flag.USER) && parts[parts.length - 1].contains(NameRules.CONTEXT_SEPARATOR)) {
            throw ProntoException.usage("context given twice: in '" + text + "' and by --user");
        }
        return parser().parseKey(text, context);
    }

    /** The context named by {@code --context} or its sugar {@code --user} (null when neither); both is an error. */
    public String contextFlag() {
        if (args.has(Flag.CONTEXT) && args.has(Flag.USER)) {
            throw ProntoException.usage("--user NAME is the same as --context NAME; give one of them");
        }
        return args.has(Flag.USER) ? args.value(Flag.USER) : args.value(Flag.CONTEXT);
    }

    /** The target of this call and the cursor in effect, by the precedence of {@link CursorPrecedence}. */
    public CursorPrecedence.Selection selection() {
        if (selection == null) {
            selection = CursorPrecedence.select(args.value(Flag.DB), args.value(Flag.CURSOR), env, config(), paths());
        }
        return selection;
    }

    /** Where the data lives (SPEC 9), parsed from the text {@link #selection()} chose. */
    public Target target() {
        if (target == null) {
            target = Target.parse(selection().target(), env);
        }
        return target;
    }

    /** The target when it is a store (a SQLite file or a PostgreSQL database), for the commands a server cannot run. */
    public Target storeTarget() {
        if (target() instanceof Target.Server) {
            throw ProntoException.usage(name + " needs a SQLite path or a postgresql:// URL, not " + target().describe());
        }
        return target();
    }

    public ProntoOptions options() {
        long busyTimeout = config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, ProntoOptions.DEFAULT_BUSY_TIMEOUT_MS);
        return new ProntoOptions(busyTimeout, delimiter(), env.get(ADMIN_PASSWORD_VARIABLE), env);
    }

    /** The library API on {@link #target()}, opened (and a database created) on the first call. */
    public Pronto pronto() {
        if (pronto == null) {
            pronto = target() instanceof Target.Server server
                    ? RemotePronto.open(server.uri().toString(), env)
                    : Pronto.open(target(), clock, options());
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
