package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cache.Expiry;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.security.ApiKeyInfo;
import io.prontodb.security.ApiKeyScopes;
import io.prontodb.security.IssuedSecret;
import java.util.Set;

/** The admin subcommands for API keys: create-apikey, list-apikeys, revoke-apikey. */
public final class ApiKeyCommands {
    private ApiKeyCommands() {
    }

    public static final class Create implements Command {
        @Override
        public String summary() {
            return "make an API key for a user; print it once";
        }

        @Override
        public String usage() {
            return """
                prontodb admin create-apikey USER [--name LABEL] [--expires SECONDS] [--scope PROJECT[:ro|:rw]]...
                The key is printed alone on stdout and never again: only its SHA-256 digest is stored.
                Its id, for revoke-apikey, is shown on stderr.
                Each --scope grants one project ('*' = every project) read-only (:ro) or read-write (:rw, also
                when no mode is given); the key reaches only what some grant covers. Without --scope: *:rw.
                A project whose name holds ':' is written with its mode, e.g. a:b:ro.""";
        }

        @Override
        public Set<Flag> flags() {
            return Set.of(Flag.LABEL, Flag.EXPIRES, Flag.SCOPE);
        }

        @Override
        public ExitCode run(Invocation inv) {
            String user = inv.operands(1, 1).get(0);
            Long expires = inv.has(Flag.EXPIRES) ? Expiry.positive("--expires", inv.value(Flag.EXPIRES)) : null;
            String label = inv.value(Flag.LABEL);
            if (label != null && (label.isEmpty() || label.chars().anyMatch(Character::isISOControl))) {
                throw ProntoException.usage("--name must be non-empty text without control characters");
            }
            ApiKeyScopes scopes = ApiKeyScopes.parse(inv.values(Flag.SCOPE));
            IssuedSecret key = SecurityAccess.open(inv).apiKeys().create(user, label, expires, scopes);
            inv.out().line(key.secret());
            inv.out().status("prontodb: API key " + key.id() + " for " + user
                    + (key.expiresAt() == null ? ", no expiry" : ", expires at " + SecurityAccess.time(key.expiresAt()))
                    + ", scopes " + scopes.toStored() + "; it is shown only this once");
            return ExitCode.OK;
        }
    }

    public static final class List implements Command {
        @Override
        public String summary() {
            return "list API keys: id, user, label, state, created, expires, scopes";
        }

        @Override
        public String usage() {
            return """
                prontodb admin list-apikeys
                Tab-separated; state is active, expired or revoked; scopes are the key's grants separated by
                spaces, e.g. 'app:ro cache:rw' ('*:rw' = everything). Keys themselves are never shown.""";
        }

        @Override
        public ExitCode run(Invocation inv) {
            inv.operands(0, 0);
            long now = inv.clock().millis();
            for (ApiKeyInfo key : SecurityAccess.open(inv).apiKeys().list()) {
                inv.out().line(key.id() + "\t" + key.user() + "\t" + (key.label() == null ? "-" : key.label())
                        + "\t" + key.state(now) + "\t" + SecurityAccess.time(key.createdAt())
                        + "\t" + (key.expiresAt() == null ? "never" : SecurityAccess.time(key.expiresAt()))
                        + "\t" + key.scopes());
            }
            return ExitCode.OK;
        }
    }

    public static final class Revoke implements Command {
        @Override
        public String summary() {
            return "stop an API key from working";
        }

        @Override
        public String usage() {
            return "prontodb admin revoke-apikey ID";
        }

        @Override
        public ExitCode run(Invocation inv) {
            long id = Expiry.positive("API key id", inv.operands(1, 1).get(0));
            SecurityAccess.open(inv).apiKeys().revoke(id);
            return ExitCode.OK;
        }
    }
}
