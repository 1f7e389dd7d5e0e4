package io.prontodb.cli;

/** Every option ProntoDB knows. Which commands accept which is decided by each {@link CommandSpec}. */
public enum Flag {
    PROJECT("-p", "--project", "NAME", "current project (default: config 'project', else 'default')"),
    NAMESPACE("-n", "--namespace", "NAME", "current namespace (default: config 'namespace', else 'default')"),
    DB("-d", "--db", "PATH", "database file (default: PRONTO_DB, else $XDG_DATA_HOME/prontodb/pronto.db)"),
    NS_DELIM(null, "--ns-delim", "C", "address delimiter for this call (default: config 'ns_delim', else '.')"),
    CURSOR(null, "--cursor", "NAME", "use the target and defaults of cursor NAME for this call"),
    CONTEXT(null, "--context", "CTX", "same as writing KEY__CTX; on listings, only keys with context CTX"),
    USER(null, "--user", "NAME", "same as --context NAME (a per-user overlay)"),
    STREAM(null, "--stream", null, "print in the stream grammar, for 'prontodb stream' to read back"),
    TTL(null, "--ttl", "SECONDS", "expiry in seconds (TTL namespaces only)"),
    RAW(null, "--raw", null, "write exactly the stored bytes, no newline"),
    JSON(null, "--json", null, "JSON: validate and canonicalise values; JSON Lines for listings"),
    B64(null, "--b64", null, "values are base64: decoded on input, encoded on output"),
    INCLUDE_EXPIRED(null, "--include-expired", null, "also show expired keys"),
    LABEL(null, "--name", "LABEL", "a label to recognise the API key by"),
    EXPIRES(null, "--expires", "SECONDS", "the API key stops working after SECONDS (default: never)"),
    LONG("-l", "--long", null, "long listing: kind, timeout, max_items, evict_on_read, key count"),
    FORMAT(null, "--format", "FMT", "tsv or jsonl (default: from the file name, else tsv)"),
    OUT("-o", "--out", "PATH", "write to PATH instead of stdout ('-' for stdout)"),
    ON_CONFLICT(null, "--on-conflict", "MODE", "replace (default), skip or fail when a key already exists"),
    FORCE(null, "--force", null, "replace what is there: the destination key (copy, move), a database with keys (restore)"),
    IDENTITY("-i", "--identity", "FILE", "age identity file to decrypt an encrypted backup"),
    AGE_RECIPIENT(null, "--age-recipient", "R", "encrypt to this age recipient with the age tool"),
    LIST(null, "--list", null, "list the backups in DIR (default: the current directory)"),
    PREFIX(null, "--prefix", "DIR", "install under DIR (DIR/bin, DIR/lib/prontodb) instead of the user dirs"),
    PURGE(null, "--purge", null, "also remove the database and the config"),
    YES("-y", "--yes", null, "do not ask for confirmation"),
    SCOPE(null, "--scope", "PROJECT[:ro|:rw]", "projects the API key may use (repeatable; '*' = all; default *:rw)"),
    LISTEN(null, "--listen", "HOST:PORT", "address to serve on (default 127.0.0.1:7480)"),
    SOCKET(null, "--socket", "PATH", "also serve on a Unix domain socket (alone: only there)"),
    MAX_BODY(null, "--max-body", "BYTES", "largest request body; larger gets 413 (default 134217728)"),
    TLS_KEYSTORE(null, "--tls-keystore", "FILE", "serve HTTPS with this PKCS12 keystore (password: PRONTO_TLS_PASSWORD)"),
    INSECURE(null, "--insecure", null, "allow plain HTTP on a non-loopback address"),
    READ_TIMEOUT(null, "--read-timeout", "SECONDS", "drop a client that has not sent its whole request by then (default 60)"),
    HELP("-h", "--help", null, "show help"),
    VERSION("-v", "--version", null, "show the version");

    public final String shortName;
    public final String longName;
    public final String valueName;
    public final String description;

    Flag(String shortName, String longName, String valueName, String description) {
        this.shortName = shortName;
        this.longName = longName;
        this.valueName = valueName;
        this.description = description;
    }

    /** A flag that may be given more than once; {@link ParsedArgs#values} returns every value. */
    public boolean repeatable() {
        return this == SCOPE;
    }

    public boolean takesValue() {
        return valueName != null;
    }

    public static Flag byName(String name) {
        for (Flag flag : values()) {
            if (name.equals(flag.longName) || name.equals(flag.shortName)) {
                return flag;
            }
        }
        return null;
    }

    /** How the flag reads in usage text: {@code -p, --project NAME}. */
    public String synopsis() {
        String names = shortName == null ? longName : shortName + ", " + longName;
        return takesValue() ? names + " " + valueName : names;
    }
}
