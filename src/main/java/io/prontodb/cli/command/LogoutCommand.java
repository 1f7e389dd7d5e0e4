package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;

public final class LogoutCommand implements Command {
    @Override
    public String summary() {
        return "end a session";
    }

    @Override
    public String usage() {
        return """
            prontodb logout TOKEN|-
            '-' reads the token from stdin. Ending an unknown or expired session is not an error.""";
    }

    @Override
    public ExitCode run(Invocation inv) {
        String token = inv.operands(1, 1).get(0);
        if (token.equals("-")) {
            token = SecurityAccess.readLine(inv, "session token: ").strip();
        }
        SecurityAccess.open(inv).logout(token);
        return ExitCode.OK;
    }
}
