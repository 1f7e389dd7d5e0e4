package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cache.Expiry;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.security.IssuedSecret;
import io.prontodb.security.Security;
import io.prontodb.security.Sessions;
import java.util.Set;
import java.util.List;

public final class LoginCommand implements Command {
    @Override
    public String summary() {
        return "check a password, print a session token (expiry on stderr)";
    }

    @Override
    public String usage() {
        return """
            prontodb login [USER] [--ttl SECONDS]
            Reads the password from stdin (one line), or USER and password on two lines without USER.
            The token authenticates streams with meta:sec:session=TOKEN until it expires (default 3600 s)
            or 'prontodb logout TOKEN'.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.TTL);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(0, 1);
        long ttl = inv.has(Flag.TTL) ? Expiry.positive("--ttl", inv.value(Flag.TTL)) : Sessions.DEFAULT_TTL_SECONDS;
        String user = operands.isEmpty() ? SecurityAccess.readLine(inv, "user: ") : operands.get(0);
        char[] password = SecurityAccess.readSecret(inv, "password for " + user + ": ");
        Security security = SecurityAccess.open(inv);
        IssuedSecret session = security.login(user, password, ttl);
        SecurityAccess.warnOfDefaultPassword(inv, security, session.user());
        inv.out().line(session.secret());
        inv.out().status("prontodb: session for " + session.user() + " expires at "
                + SecurityAccess.time(session.expiresAt()));
        return ExitCode.OK;
    }
}
