package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.security.Credentials;
import io.prontodb.security.Security;
import io.prontodb.security.SecurityPolicy;
import io.prontodb.stream.AuthPreamble;
import io.prontodb.stream.StreamRunner;
import io.prontodb.stream.StreamTokenizer;

public final class StreamCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        boolean required = SecurityPolicy.required(inv.env().get(SecurityPolicy.ENV_VARIABLE),
                inv.config().get(SecurityPolicy.CONFIG_KEY));
        StreamTokenizer tokens = new StreamTokenizer(inv.stdin());
        AuthPreamble.Result preamble = AuthPreamble.read(tokens, required);
        if (preamble.credentials() != null) {
            Security security = SecurityAccess.open(inv);
            String user = security.authenticate(preamble.credentials());
            if (preamble.credentials() instanceof Credentials.Password) {
                SecurityAccess.warnOfDefaultPassword(inv, security, user);
            }
        }
        new StreamRunner(inv.store(), inv.clock(), inv.scope()).run(preamble.next(), tokens);
        return ExitCode.OK;
    }
}
