package io.prontodb.cli;

import static io.prontodb.cli.Flag.AGE_RECIPIENT;
import static io.prontodb.cli.Flag.B64;
import static io.prontodb.cli.Flag.CONTEXT;
import static io.prontodb.cli.Flag.EXPIRES;
import static io.prontodb.cli.Flag.FORCE;
import static io.prontodb.cli.Flag.FORMAT;
import static io.prontodb.cli.Flag.IDENTITY;
import static io.prontodb.cli.Flag.INCLUDE_EXPIRED;
import static io.prontodb.cli.Flag.INSECURE;
import static io.prontodb.cli.Flag.JSON;
import static io.prontodb.cli.Flag.LABEL;
import static io.prontodb.cli.Flag.LISTEN;
import static io.prontodb.cli.Flag.LIST;
import static io.prontodb.cli.Flag.LONG;
import static io.prontodb.cli.Flag.MAX_BODY;
import static io.prontodb.cli.Flag.ON_CONFLICT;
import static io.prontodb.cli.Flag.OUT;
import static io.prontodb.cli.Flag.PREFIX;
import static io.prontodb.cli.Flag.PURGE;
import static io.prontodb.cli.Flag.RAW;
import static io.prontodb.cli.Flag.READ_TIMEOUT;
import static io.prontodb.cli.Flag.SOCKET;
import static io.prontodb.cli.Flag.TLS_KEYSTORE;
import static io.prontodb.cli.Flag.STREAM;
import static io.prontodb.cli.Flag.TTL;
import static io.prontodb.cli.Flag.USER;
import static io.prontodb.cli.Flag.YES;

import io.prontodb.cli.command.ApiKeyCommands;
import io.prontodb.cli.command.BackupCommand;
import io.prontodb.cli.command.CacheCommands;
import io.prontodb.cli.command.CompletionCommand;
import io.prontodb.cli.command.CopyCommand;
import io.prontodb.cli.command.CursorCommands;
import io.prontodb.cli.command.DelCommand;
import io.prontodb.cli.command.DropCommands;
import io.prontodb.cli.command.ExportCommand;
import io.prontodb.cli.command.ExportFsCommand;
import io.prontodb.cli.command.GetCommand;
import io.prontodb.cli.command.HelpCommand;
import io.prontodb.cli.command.ImportCommand;
import io.prontodb.cli.command.ImportFsCommand;
import io.prontodb.cli.command.InstallCommand;
import io.prontodb.cli.command.KeysCommand;
import io.prontodb.cli.command.LoginCommand;
import io.prontodb.cli.command.LogoutCommand;
import io.prontodb.cli.command.MoveCommand;
import io.prontodb.cli.command.NamespacesCommand;
import io.prontodb.cli.command.NssCommand;
import io.prontodb.cli.command.ProjectsCommand;
import io.prontodb.cli.command.RestoreCommand;
import io.prontodb.cli.command.ScanCommand;
import io.prontodb.cli.command.ServeCommand;
import io.prontodb.cli.command.SetCommand;
import io.prontodb.cli.command.StreamCommand;
import io.prontodb.cli.command.TtlCommand;
import io.prontodb.cli.command.UninstallCommand;
import io.prontodb.cli.command.UserCommands;
import io.prontodb.cli.command.VersionCommand;
import java.util.List;
import java.util.Set;

/** The one ordered table of commands: it drives dispatch, help and the generated docs/cli.md. */
public final class CommandTable {
    private static final List<CommandSpec> COMMANDS = List.of(
            new CommandSpec("set", List.of(), "insert or overwrite a value",
                    """
                    prontodb set ADDR [VALUE|-] [--ttl SECONDS] [--json] [--b64] [--context CTX|--user NAME]
                    The value comes from VALUE, or from stdin (byte-exact) when VALUE is '-' or absent and stdin
                    is not a terminal. Prints nothing. Put '--' before a value that starts with '-'.""",
                    Set.of(TTL, JSON, B64, CONTEXT, USER), () -> new SetCommand()),
            new CommandSpec("get", List.of(), "print a value and a newline (exit 2 when missing)",
                    """
                    prontodb get ADDR [--raw] [--json] [--b64] [--include-expired] [--context CTX|--user NAME]
                    --raw writes exactly the stored bytes; --json prints the value canonicalised (error 65 when
                    it is not JSON); --b64 prints it base64-encoded.""",
                    Set.of(RAW, JSON, B64, INCLUDE_EXPIRED, CONTEXT, USER), () -> new GetCommand()),
            new CommandSpec("del", List.of(), "delete a key (no error when it is absent)",
                    "prontodb del ADDR [--context CTX|--user NAME]",
                    Set.of(CONTEXT, USER), () -> new DelCommand()),
            new CommandSpec("copy", List.of(), "copy one entry (value and expiry) to another key",
                    """
                    prontodb copy SRC DST [--force] [--context CTX|--user NAME]
                    SRC and DST are addresses, in any namespaces and projects; one transaction. The entry keeps
                    its expiry; a TTL destination gives an entry without one its timeout, and its max_items
                    applies. DST that exists: exit 1 and nothing changes, unless --force. A missing SRC: exit 2.
                    --context/--user apply to both addresses.""",
                    Set.of(FORCE, CONTEXT, USER), () -> new CopyCommand()),
            new CommandSpec("move", List.of(), "move one entry (value and expiry) to another key",
                    """
                    prontodb move SRC DST [--force] [--context CTX|--user NAME]
                    As copy, and SRC is deleted in the same transaction.""",
                    Set.of(FORCE, CONTEXT, USER), () -> new MoveCommand()),
            new CommandSpec("keys", List.of("ls"), "list keys, one per line, sorted",
                    """
                    prontodb keys [PATH|PREFIX] [--json|--stream] [--include-expired] [--context CTX|--user NAME]
                    PATH is PROJECT.NAMESPACE or PROJECT.NAMESPACE.PREFIX; an argument without the delimiter is a
                    key prefix in the current namespace. Prefixes match the key literally and case-sensitively.
                    --context/--user list only the keys with that context. --stream prints meta:path=P.N and
                    then one escaped key part per line: a list of names that 'prontodb stream' refuses (65).""",
                    Set.of(JSON, STREAM, INCLUDE_EXPIRED, CONTEXT, USER), () -> new KeysCommand()),
            new CommandSpec("scan", List.of(), "list entries as key=value, sorted",
                    """
                    prontodb scan [PATH|PREFIX] [--json|--stream] [--b64] [--include-expired] [--context CTX|--user NAME]
                    In plain output, backslash, newline, CR and tab in values are written as \\\\ \\n \\r \\t;
                    --json prints exact values as JSON Lines. --stream prints the stream grammar (meta:path=P.N,
                    then key=value with stream escapes; values that are not UTF-8, or all with --b64, as base64
                    after meta:b64=1): 'prontodb scan p.n --stream | prontodb stream' restores them byte-exact.
                    --context/--user list only the entries with that context.""",
                    Set.of(JSON, STREAM, B64, INCLUDE_EXPIRED, CONTEXT, USER), () -> new ScanCommand()),
            new CommandSpec("ttl", List.of(), "print the whole seconds a key has left (-1: no expiry)",
                    "prontodb ttl ADDR [--context CTX|--user NAME]",
                    Set.of(CONTEXT, USER), () -> new TtlCommand()),
            new CommandSpec("projects", List.of(), "list projects with live keys or declared namespaces",
                    "prontodb projects [--json]",
                    Set.of(JSON), () -> new ProjectsCommand()),
            new CommandSpec("namespaces", List.of(), "list the namespaces of a project",
                    """
                    prontodb namespaces [PROJECT] [-l] [--json]
                    -l prints namespace, kind, timeout, max_items, evict_on_read and live key count, tab-separated.""",
                    Set.of(LONG, JSON), () -> new NamespacesCommand()),
            new CommandSpec("nss", List.of(), "list every PROJECT.NAMESPACE",
                    "prontodb nss [--json]",
                    Set.of(JSON), () -> new NssCommand()),
            new CommandSpec("stream", List.of(), "write many keys from stdin, one transaction per namespace",
                    """
                    prontodb stream < TOKENS
                    Tokens are separated by ';' or newlines; spaces around them are dropped. Data: key=value or
                    key__ctx=value. Directives: meta:path=P.N (or meta:ns=P.N), meta:project=P, meta:namespace=N,
                    meta:delim=C, meta:ttl=S (TTL namespaces only), meta:b64=1|0 (values that follow are base64, or
                    not). Escapes: \\; \\\\ \\n \\t \\r \\s (space).
                    Unless security.required=false or PRONTO_SECURITY=false, the stream starts with
                    meta:sec:apikey=KEY; or meta:sec:session=TOKEN; or meta:sec:pass=PASSWORD; meta:sec:user=NAME;
                    (wrong or missing: exit 77, nothing written). Each namespace segment is one transaction; an
                    error rolls back the open segment, stops, and names the token and the committed namespaces.""",
                    Set.of(), () -> new StreamCommand()),
            new CommandSpec("login", List.of(), "check a password, print a session token (expiry on stderr)",
                    """
                    prontodb login [USER] [--ttl SECONDS]
                    Reads the password from stdin (one line), or USER and password on two lines without USER.
                    The token authenticates streams with meta:sec:session=TOKEN until it expires (default 3600 s)
                    or 'prontodb logout TOKEN'.""",
                    Set.of(TTL), () -> new LoginCommand()),
            new CommandSpec("logout", List.of(), "end a session",
                    """
                    prontodb logout TOKEN|-
                    '-' reads the token from stdin. Ending an unknown or expired session is not an error.""",
                    Set.of(), () -> new LogoutCommand()),
            CommandSpec.group("admin", "administration: TTL caches, drops, users, API keys", List.of(
                    new CommandSpec("create-cache", List.of(), "declare a TTL namespace",
                            """
                            prontodb admin create-cache P.N timeout=S [max_items=N] [evict_on_read=0|1]
                            also: prontodb admin create-cache P.N S
                            Keys written there expire S seconds after their last write unless set --ttl says
                            otherwise. max_items=N evicts expired keys, then the least recently written, to keep
                            N live keys. evict_on_read=1 makes every read of the namespace delete its expired keys.""",
                            Set.of(), () -> new CacheCommands.Create()),
                    new CommandSpec("set-cache", List.of(), "change a TTL namespace's settings",
                            """
                            prontodb admin set-cache P.N key=value ...
                            Keys already written keep their expiry; later writes use the new timeout.""",
                            Set.of(), () -> new CacheCommands.Update()),
                    new CommandSpec("drop-cache", List.of(), "make a TTL namespace standard again",
                            """
                            prontodb admin drop-cache P.N
                            Expired keys are deleted; live keys stay, without expiry.""",
                            Set.of(), () -> new CacheCommands.Drop()),
                    new CommandSpec("drop-namespace", List.of(), "delete a namespace: every key and its settings",
                            """
                            prontodb admin drop-namespace P.N [--yes]
                            One transaction; prints how many live keys were removed on stderr. Asks on a terminal;
                            needs --yes when stdin is not one. A namespace that holds nothing is not asked about.""",
                            Set.of(YES), () -> new DropCommands.Namespace()),
                    new CommandSpec("drop-project", List.of(), "delete a project: every key and namespace setting",
                            """
                            prontodb admin drop-project P [--yes]
                            One transaction; prints how many live keys were removed on stderr ("0 keys removed" for
                            a project that does not exist). Asks on a terminal; needs --yes when stdin is not one.""",
                            Set.of(YES), () -> new DropCommands.Project()),
                    new CommandSpec("gc", List.of(), "delete every expired key (count on stderr)",
                            "prontodb admin gc",
                            Set.of(), () -> new CacheCommands.Gc()),
                    new CommandSpec("create-user", List.of(), "add a user (password on stdin)",
                            """
                            prontodb admin create-user NAME
                            Reads the password from stdin (one line; at least 8 characters), never from arguments.
                            NAME: 1-64 letters, digits, '.', '_', '@', '-'.""",
                            Set.of(), () -> new UserCommands.Create()),
                    new CommandSpec("passwd", List.of(), "set a user's password (from stdin); ends its sessions",
                            "prontodb admin passwd NAME",
                            Set.of(), () -> new UserCommands.Passwd()),
                    new CommandSpec("delete-user", List.of(), "remove a user with its API keys and sessions",
                            """
                            prontodb admin delete-user NAME
                            The last remaining user cannot be deleted.""",
                            Set.of(), () -> new UserCommands.Delete()),
                    new CommandSpec("list-users", List.of(), "list user names, one per line",
                            "prontodb admin list-users",
                            Set.of(), () -> new UserCommands.List()),
                    new CommandSpec("create-apikey", List.of(), "make an API key for a user; print it once",
                            """
                            prontodb admin create-apikey USER [--name LABEL] [--expires SECONDS]
                            The key is printed alone on stdout and never again: only its SHA-256 digest is stored.
                            Its id, for revoke-apikey, is shown on stderr.""",
                            Set.of(LABEL, EXPIRES), () -> new ApiKeyCommands.Create()),
                    new CommandSpec("list-apikeys", List.of(), "list API keys: id, user, label, state, created, expires",
                            """
                            prontodb admin list-apikeys
                            Tab-separated; state is active, expired or revoked. Keys themselves are never shown.""",
                            Set.of(), () -> new ApiKeyCommands.List()),
                    new CommandSpec("revoke-apikey", List.of(), "stop an API key from working",
                            "prontodb admin revoke-apikey ID",
                            Set.of(), () -> new ApiKeyCommands.Revoke()))),
            new CommandSpec("serve", List.of(), "serve the database over HTTP (API and web page) until stopped",
                    """
                    prontodb serve [--listen HOST:PORT] [--socket PATH] [--max-body BYTES] [--tls-keystore FILE]
                                   [--insecure] [--read-timeout SECONDS]
                    Serves the HTTP API (/v1, see docs/server.md) and a web page at / on 127.0.0.1:7480 by
                    default. Every /v1 request but /v1/health needs 'Authorization: Bearer KEY_OR_TOKEN'. A
                    listen address that is not loopback needs --tls-keystore (PKCS12, password in
                    PRONTO_TLS_PASSWORD) or --insecure. One access-log line per request goes to stderr.
                    SIGTERM or SIGINT stops it after the open requests finish.""",
                    Set.of(LISTEN, SOCKET, MAX_BODY, TLS_KEYSTORE, INSECURE, READ_TIMEOUT), () -> new ServeCommand()),
            CommandSpec.group("cursor", "named targets with default project and namespace", List.of(
                    new CommandSpec("set", List.of(), "add or replace a cursor",
                            """
                            prontodb cursor set NAME TARGET [-p PROJECT] [-n NAMESPACE]
                            TARGET is a database file (kept as an absolute path), a postgresql:// URL or an
                            http(s):// server URL. -p and -n become this cursor's defaults, below explicit flags.
                            NAME may not hold '/', whitespace or control characters, nor start with '.'.""",
                            Set.of(), () -> new CursorCommands.Set()),
                    new CommandSpec("list", List.of(), "list cursors: name, target, project, namespace",
                            """
                            prontodb cursor list
                            Tab-separated, '-' for a default not set; the active cursor's line starts with '*'.
                            Passwords in targets are shown as ***.""",
                            Set.of(), () -> new CursorCommands.List()),
                    new CommandSpec("use", List.of(), "make a cursor the active one (kept in pronto.conf)",
                            """
                            prontodb cursor use NAME
                            Every later call uses it unless -d, --cursor or PRONTO_DB says otherwise.""",
                            Set.of(), () -> new CursorCommands.Use()),
                    new CommandSpec("active", List.of(), "print the active cursor's name (exit 2: none)",
                            """
                            prontodb cursor active
                            With --cursor NAME, prints NAME (after checking it exists).""",
                            Set.of(), () -> new CursorCommands.Active()),
                    new CommandSpec("delete", List.of(), "remove a cursor (and its choice when active)",
                            "prontodb cursor delete NAME",
                            Set.of(), () -> new CursorCommands.Delete()))),
            new CommandSpec("install", List.of(), "install for this user: dirs, config, database, launcher",
                    """
                    prontodb install [--prefix DIR]
                    Creates the data and config directories (0700), a commented pronto.conf when there is none,
                    and the database (0600); copies the application to $XDG_DATA_HOME/prontodb/app and links
                    ~/.local/bin/prontodb to its launcher (with --prefix: DIR/lib/prontodb and DIR/bin/prontodb).
                    Running it again repairs what is missing.""",
                    Set.of(PREFIX), () -> new InstallCommand()),
            new CommandSpec("uninstall", List.of(), "remove what install added (data and config stay)",
                    """
                    prontodb uninstall [--prefix DIR] [--purge [--yes]]
                    Removes the launcher link and the application files. --purge also deletes the database and
                    the config: it asks on a terminal, and needs --yes when stdin is not one.""",
                    Set.of(PREFIX, PURGE, YES), () -> new UninstallCommand()),
            new CommandSpec("backup", List.of(), "write a consistent snapshot of the database as .tar.gz",
                    """
                    prontodb backup [--out FILE|DIR|-] [--age-recipient R]
                    prontodb backup --list [DIR]
                    Snapshots the whole database while others keep writing, and packs it with a manifest
                    (format, version, time, sha256) and the config. Default FILE:
                    prontodb-backup-YYYYMMDDTHHMMSSZ.tar.gz in the current directory, or in DIR when --out
                    names a directory; prints the path. --out - writes the archive to stdout.
                    --age-recipient encrypts with the age tool (FILE then ends in .age); nothing unencrypted
                    is written outside the database's private directory.
                    --list prints one line per archive in DIR: name, time, size in bytes, and 'ok' when its
                    checksums verify ('encrypted' when they cannot be checked, else what is wrong).""",
                    Set.of(OUT, AGE_RECIPIENT, LIST), () -> new BackupCommand()),
            new CommandSpec("restore", List.of(), "replace the database with a verified backup",
                    """
                    prontodb restore FILE [--force] [--identity AGE_IDENTITY_FILE]
                    Checks the manifest, the sha256, PRAGMA integrity_check and the schema before anything
                    changes, then replaces the database's contents in one transaction under the write lock
                    (exit 75 when it cannot get it) and keeps the previous contents as pronto.db.bak.
                    Refuses a database that holds keys, or a damaged or foreign file, unless --force.
                    The backup's config is put in place only when there is no config yet.""",
                    Set.of(FORCE, IDENTITY), () -> new RestoreCommand()),
            new CommandSpec("export", List.of(), "write entries as TSV or JSON Lines",
                    """
                    prontodb export [PROJECT[.NAMESPACE[.PREFIX]]] [--format tsv|jsonl] [--out FILE]
                    Writes the live entries, sorted, to stdout or FILE (written whole, then renamed into place).
                    No path exports everything. TSV has the header 'project namespace key context value
                    expires_at'; fields escape \\\\ \\t \\n \\r, and \\xHH for bytes that are not UTF-8.
                    JSON Lines carry "value" (UTF-8 text) or "value_b64". expires_at is epoch milliseconds.""",
                    Set.of(FORMAT, OUT), () -> new ExportCommand()),
            new CommandSpec("import", List.of(), "read entries written by export (all or nothing)",
                    """
                    prontodb import [FILE|-] [--format tsv|jsonl] [--on-conflict replace|skip|fail]
                    Reads FILE, or stdin when FILE is '-' or absent. One transaction: the first bad line (named by
                    its number) or conflict (with fail) leaves the database unchanged. Entries keep their expiry.""",
                    Set.of(FORMAT, ON_CONFLICT), () -> new ImportCommand()),
            new CommandSpec("export-fs", List.of(), "mirror entries as files: DIR/PROJECT/NAMESPACE/[CONTEXT/]KEY.json",
                    """
                    prontodb export-fs DIR [PROJECT[.NAMESPACE[.PREFIX]]]
                    Each live entry becomes one file holding its value: p.n.k -> DIR/p/n/k.json and
                    p.n.k__c -> DIR/p/n/c/k.json. Unsafe names are percent-encoded (%2F for '/', %2E for a
                    leading '.', ...), so nothing is written outside DIR. Expiries are not mirrored.""",
                    Set.of(), () -> new ExportFsCommand()),
            new CommandSpec("import-fs", List.of(), "read a directory written by export-fs (all or nothing)",
                    """
                    prontodb import-fs DIR [--on-conflict replace|skip|fail]
                    One transaction. Hidden entries (names starting with '.') are skipped; symbolic links and
                    files outside the layout are errors.""",
                    Set.of(ON_CONFLICT), () -> new ImportFsCommand()),
            new CommandSpec("completion", List.of(), "print a shell completion script (bash or zsh)",
                    """
                    prontodb completion bash|zsh
                    Completes commands, flags, cursor names, and project and namespace names from the store.
                    bash: source <(prontodb completion bash), or let install put it in
                    $XDG_DATA_HOME/bash-completion/completions/prontodb. zsh: source <(prontodb completion zsh).""",
                    Set.of(), () -> new CompletionCommand()),
            new CommandSpec("help", List.of(), "show usage, for all commands or one",
                    "prontodb help [COMMAND [SUBCOMMAND]]",
                    Set.of(), () -> new HelpCommand()),
            new CommandSpec("version", List.of(), "print the version",
                    "prontodb version",
                    Set.of(), () -> new VersionCommand()));

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
