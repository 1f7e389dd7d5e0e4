package io.prontodb.cli;

import static io.prontodb.cli.Flag.B64;
import static io.prontodb.cli.Flag.CONTEXT;
import static io.prontodb.cli.Flag.EXPIRES;
import static io.prontodb.cli.Flag.INCLUDE_EXPIRED;
import static io.prontodb.cli.Flag.JSON;
import static io.prontodb.cli.Flag.LABEL;
import static io.prontodb.cli.Flag.LONG;
import static io.prontodb.cli.Flag.RAW;
import static io.prontodb.cli.Flag.TTL;

import io.prontodb.cli.command.ApiKeyCommands;
import io.prontodb.cli.command.CacheCommands;
import io.prontodb.cli.command.DelCommand;
import io.prontodb.cli.command.GetCommand;
import io.prontodb.cli.command.HelpCommand;
import io.prontodb.cli.command.KeysCommand;
import io.prontodb.cli.command.LoginCommand;
import io.prontodb.cli.command.LogoutCommand;
import io.prontodb.cli.command.NamespacesCommand;
import io.prontodb.cli.command.NssCommand;
import io.prontodb.cli.command.ProjectsCommand;
import io.prontodb.cli.command.ScanCommand;
import io.prontodb.cli.command.SetCommand;
import io.prontodb.cli.command.StreamCommand;
import io.prontodb.cli.command.TtlCommand;
import io.prontodb.cli.command.UserCommands;
import io.prontodb.cli.command.VersionCommand;
import java.util.List;
import java.util.Set;

/** The one ordered table of commands: it drives dispatch, help and the generated docs/cli.md. */
public final class CommandTable {
    private static final List<CommandSpec> COMMANDS = List.of(
            new CommandSpec("set", List.of(), "insert or overwrite a value",
                    """
                    prontodb set ADDR [VALUE|-] [--ttl SECONDS] [--json] [--b64] [--context CTX]
                    The value comes from VALUE, or from stdin (byte-exact) when VALUE is '-' or absent and stdin
                    is not a terminal. Prints nothing. Put '--' before a value that starts with '-'.""",
                    Set.of(TTL, JSON, B64, CONTEXT), SetCommand::new),
            new CommandSpec("get", List.of(), "print a value and a newline (exit 2 when missing)",
                    """
                    prontodb get ADDR [--raw] [--json] [--b64] [--include-expired] [--context CTX]
                    --raw writes exactly the stored bytes; --json prints the value canonicalised (error 65 when
                    it is not JSON); --b64 prints it base64-encoded.""",
                    Set.of(RAW, JSON, B64, INCLUDE_EXPIRED, CONTEXT), GetCommand::new),
            new CommandSpec("del", List.of(), "delete a key (no error when it is absent)",
                    "prontodb del ADDR [--context CTX]",
                    Set.of(CONTEXT), DelCommand::new),
            new CommandSpec("keys", List.of("ls"), "list keys, one per line, sorted",
                    """
                    prontodb keys [PATH|PREFIX] [--json] [--include-expired]
                    PATH is PROJECT.NAMESPACE or PROJECT.NAMESPACE.PREFIX; an argument without the delimiter is a
                    key prefix in the current namespace. Prefixes match the key literally and case-sensitively.""",
                    Set.of(JSON, INCLUDE_EXPIRED), KeysCommand::new),
            new CommandSpec("scan", List.of(), "list entries as key=value, sorted",
                    """
                    prontodb scan [PATH|PREFIX] [--json] [--b64] [--include-expired]
                    In plain output, backslash, newline, CR and tab in values are written as \\\\ \\n \\r \\t;
                    --json prints exact values as JSON Lines.""",
                    Set.of(JSON, B64, INCLUDE_EXPIRED), ScanCommand::new),
            new CommandSpec("ttl", List.of(), "print the whole seconds a key has left (-1: no expiry)",
                    "prontodb ttl ADDR [--context CTX]",
                    Set.of(CONTEXT), TtlCommand::new),
            new CommandSpec("projects", List.of(), "list projects with live keys or declared namespaces",
                    "prontodb projects [--json]",
                    Set.of(JSON), ProjectsCommand::new),
            new CommandSpec("namespaces", List.of(), "list the namespaces of a project",
                    """
                    prontodb namespaces [PROJECT] [-l] [--json]
                    -l prints namespace, kind, timeout, max_items, evict_on_read and live key count, tab-separated.""",
                    Set.of(LONG, JSON), NamespacesCommand::new),
            new CommandSpec("nss", List.of(), "list every PROJECT.NAMESPACE",
                    "prontodb nss [--json]",
                    Set.of(JSON), NssCommand::new),
            new CommandSpec("stream", List.of(), "write many keys from stdin, one transaction per namespace",
                    """
                    prontodb stream < TOKENS
                    Tokens are separated by ';' or newlines; spaces around them are dropped. Data: key=value or
                    key__ctx=value. Directives: meta:path=P.N (or meta:ns=P.N), meta:project=P, meta:namespace=N,
                    meta:delim=C, meta:ttl=S (TTL namespaces only). Escapes: \\; \\\\ \\n \\t \\r \\s (space).
                    Unless security.required=false or PRONTO_SECURITY=false, the stream starts with
                    meta:sec:apikey=KEY; or meta:sec:session=TOKEN; or meta:sec:pass=PASSWORD; meta:sec:user=NAME;
                    (wrong or missing: exit 77, nothing written). Each namespace segment is one transaction; an
                    error rolls back the open segment, stops, and names the token and the committed namespaces.""",
                    Set.of(), StreamCommand::new),
            new CommandSpec("login", List.of(), "check a password, print a session token (expiry on stderr)",
                    """
                    prontodb login [USER] [--ttl SECONDS]
                    Reads the password from stdin (one line), or USER and password on two lines without USER.
                    The token authenticates streams with meta:sec:session=TOKEN until it expires (default 3600 s)
                    or 'prontodb logout TOKEN'.""",
                    Set.of(TTL), LoginCommand::new),
            new CommandSpec("logout", List.of(), "end a session",
                    """
                    prontodb logout TOKEN|-
                    '-' reads the token from stdin. Ending an unknown or expired session is not an error.""",
                    Set.of(), LogoutCommand::new),
            CommandSpec.group("admin", "administration: TTL caches, users, API keys", List.of(
                    new CommandSpec("create-cache", List.of(), "declare a TTL namespace",
                            """
                            prontodb admin create-cache P.N timeout=S [max_items=N] [evict_on_read=0|1]
                            also: prontodb admin create-cache P.N S
                            Keys written there expire S seconds after their last write unless set --ttl says
                            otherwise. max_items=N evicts expired keys, then the least recently written, to keep
                            N live keys. evict_on_read=1 makes every read of the namespace delete its expired keys.""",
                            Set.of(), CacheCommands.Create::new),
                    new CommandSpec("set-cache", List.of(), "change a TTL namespace's settings",
                            """
                            prontodb admin set-cache P.N key=value ...
                            Keys already written keep their expiry; later writes use the new timeout.""",
                            Set.of(), CacheCommands.Update::new),
                    new CommandSpec("drop-cache", List.of(), "make a TTL namespace standard again",
                            """
                            prontodb admin drop-cache P.N
                            Expired keys are deleted; live keys stay, without expiry.""",
                            Set.of(), CacheCommands.Drop::new),
                    new CommandSpec("gc", List.of(), "delete every expired key (count on stderr)",
                            "prontodb admin gc",
                            Set.of(), CacheCommands.Gc::new),
                    new CommandSpec("create-user", List.of(), "add a user (password on stdin)",
                            """
                            prontodb admin create-user NAME
                            Reads the password from stdin (one line; at least 8 characters), never from arguments.
                            NAME: 1-64 letters, digits, '.', '_', '@', '-'.""",
                            Set.of(), UserCommands.Create::new),
                    new CommandSpec("passwd", List.of(), "set a user's password (from stdin); ends its sessions",
                            "prontodb admin passwd NAME",
                            Set.of(), UserCommands.Passwd::new),
                    new CommandSpec("delete-user", List.of(), "remove a user with its API keys and sessions",
                            """
                            prontodb admin delete-user NAME
                            The last remaining user cannot be deleted.""",
                            Set.of(), UserCommands.Delete::new),
                    new CommandSpec("list-users", List.of(), "list user names, one per line",
                            "prontodb admin list-users",
                            Set.of(), UserCommands.List::new),
                    new CommandSpec("create-apikey", List.of(), "make an API key for a user; print it once",
                            """
                            prontodb admin create-apikey USER [--name LABEL] [--expires SECONDS]
                            The key is printed alone on stdout and never again: only its SHA-256 digest is stored.
                            Its id, for revoke-apikey, is shown on stderr.""",
                            Set.of(LABEL, EXPIRES), ApiKeyCommands.Create::new),
                    new CommandSpec("list-apikeys", List.of(), "list API keys: id, user, label, state, created, expires",
                            """
                            prontodb admin list-apikeys
                            Tab-separated; state is active, expired or revoked. Keys themselves are never shown.""",
                            Set.of(), ApiKeyCommands.List::new),
                    new CommandSpec("revoke-apikey", List.of(), "stop an API key from working",
                            "prontodb admin revoke-apikey ID",
                            Set.of(), ApiKeyCommands.Revoke::new))),
            new CommandSpec("help", List.of(), "show usage, for all commands or one",
                    "prontodb help [COMMAND [SUBCOMMAND]]",
                    Set.of(), HelpCommand::new),
            new CommandSpec("version", List.of(), "print the version",
                    "prontodb version",
                    Set.of(), VersionCommand::new));

    private CommandTable() {
    }

    public static List<CommandSpec> all() {
        return COMMANDS;
    }

    public static CommandSpec find(String word) {
        for (CommandSpec spec : COMMANDS) {
            if (spec.answersTo(word)) {
                return spec;
            }
        }
        return null;
    }
}
