package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.cli.Invocation;
import io.prontodb.security.Accounts;
import io.prontodb.security.Security;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** What the commands that use security share: opening it, the default-password warning, and reading secrets. */
final class SecurityAccess {
    private SecurityAccess() {
    }

    /** Opens security, seeding the admin user on first use. */
    static Security open(Invocation inv) {
        return inv.pronto().security();
    }

    /**
     * Warns while admin has the default password, to whoever can act on it: {@code install}, and admin using
     * that password ({@code user} is who authenticated with a password, else null). Key and token users are not told.
     */
    static void warnOfDefaultPassword(Invocation inv, Security security, String user) {
        if (Accounts.ADMIN.equals(user) && security.accounts().defaultPasswordInUse()) {
            inv.out().status("prontodb: warning: user 'admin' still has the default password;"
                    + " change it with 'prontodb admin passwd admin'");
        }
    }

    /** One line from stdin (prompted, without echo, on a terminal), without its line ending. */
    static char[] readSecret(Invocation inv, String prompt) {
        Console console = System.console();
        if (inv.stdinIsTerminal() && console != null) {
            char[] secret = console.readPassword("%s", prompt);
            if (secret == null) {
                throw ProntoException.usage("no input for: " + prompt);
            }
            return secret;
        }
        return readLine(inv, prompt).toCharArray();
    }

    /** One line from stdin (prompted on a terminal), without its line ending. */
    static String readLine(Invocation inv, String prompt) {
        Console console = System.console();
        if (inv.stdinIsTerminal() && console != null) {
            String line = console.readLine("%s", prompt);
            if (line == null) {
                throw ProntoException.usage("no input for: " + prompt);
            }
            return line;
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        InputStream in = inv.stdin();
        try {
            int b = in.read();
            if (b < 0) {
                throw ProntoException.usage("stdin is empty; expected one line: " + prompt.strip(),
                        "pipe it in, e.g. printf '%s\\n' \"$PASSWORD\" | prontodb ...");
            }
            while (b >= 0 && b != '\n') {
                line.write(b);
                b = in.read();
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read stdin: " + IoErrors.why(e));
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
