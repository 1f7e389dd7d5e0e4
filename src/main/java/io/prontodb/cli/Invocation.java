package io.prontodb.cli;

import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.address.AddressParser;
import io.prontodb.address.Delimiter;
import io.prontodb.address.NameRules;
import io.prontodb.address.Scope;
import io.prontodb.cache.KeyValueService;
import io.prontodb.config.Config;
import io.prontodb.config.Cursor;
import io.prontodb.config.CursorPrecedence;
import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import io.prontodb.config.XdgPaths;
import io.prontodb.store.Backends;
import io.prontodb.store.KeyValueStore;
import io.prontodb.store.Store;
import io.prontodb.store.sqlite.DirectSqliteStore;
import io.prontodb.store.sqlite.SqliteStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** Everything one command run may use: its arguments, environment, streams, clock, and the (lazily opened) store. */
public final class Invocation implements AutoCloseable {
    public static final long DEFAULT_BUSY_TIMEOUT_MS = 5000;

    private final CommandSpec spec;
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
    private Store store;
    private DirectSqliteStore directStore;

    public Invocation(CommandSpec spec, ParsedArgs args, Environment env, InputStream stdin, boolean stdinIsTerminal,
                      Output output, Clock clock) {
        this.spec = spec;
        this.args = args;
        this.env = env;
        this.stdin = stdin;
        this.stdinIsTerminal = stdinIsTerminal;
        this.output = output;
        this.clock = clock;
    }

    public CommandSpec spec() {
        return spec;
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
            throw ProntoException.usage(count + " arguments for " + spec.name(), "usage: " + spec.synopsis());
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

    public Path databasePath() {
        if (target() instanceof Target.Sqlite sqlite) {
            return sqlite.path();
        }
        throw ProntoException.usage(spec.name() + " needs a SQLite database file, not " + target().describe());
    }

    public Store store() {
        if (store == null) {
            // One connection per call: a second one would wait on this one's write lock.
            closeDirectStore();
            store = Backends.open(target(), env, busyTimeout());
        }
        return store;
    }

    /** The store, for the commands that still work on a SQLite file only (credentials, backup). */
    public SqliteStore sqliteStore() {
        if (store() instanceof SqliteStore sqlite) {
            return sqlite;
        }
        throw ProntoException.usage(spec.name() + " needs a SQLite database file, not " + target().describe());
    }

    /** The key-value rules, over the direct SQLite path unless the full store is open or the schema needs it. */
    public KeyValueService keyValues() {
        return new KeyValueService(keyValueStore(), clock);
    }

    private KeyValueStore keyValueStore() {
        if (store != null) {
            return store;
        }
        if (!(target() instanceof Target.Sqlite)) {
            return store();
        }
        if (directStore == null) {
            directStore = DirectSqliteStore.openIfCurrent(databasePath(), busyTimeout());
            if (directStore == null) {
                return store();
            }
        }
        return directStore;
    }

    private long busyTimeout() {
        return config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, DEFAULT_BUSY_TIMEOUT_MS);
    }

    @Override
    public void close() {
        closeDirectStore();
        if (store != null) {
            store.close();
        }
    }

    private void closeDirectStore() {
        if (directStore != null) {
            directStore.close();
            directStore = null;
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
