package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The yes/no question before deleting data: asked on a terminal, answered by --yes otherwise. */
final class Confirmation {
    private Confirmation() {
    }

    /** True with --yes or a yes on the terminal; without a terminal and --yes, a usage error naming {@code what}. */
    static boolean confirmed(Invocation inv, String what, String question) {
        if (inv.has(Flag.YES)) {
            return true;
        }
        if (!inv.stdinIsTerminal()) {
            throw ProntoException.usage(what + " deletes data and needs confirmation",
                    "add --yes when stdin is not a terminal");
        }
        inv.out().err().print(question + " [y/N] ");
        inv.out().err().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(inv.stdin(), StandardCharsets.UTF_8)).readLine();
            return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read the answer: " + IoErrors.why(e));
        }
    }
}
