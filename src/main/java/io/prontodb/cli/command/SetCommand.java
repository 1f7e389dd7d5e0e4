package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.cache.Expiry;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.Base64Values;
import io.prontodb.portability.CanonicalJson;
import java.util.Set;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

public final class SetCommand implements Command {
    @Override
    public String summary() {
        return "insert or overwrite a value";
    }

    @Override
    public String usage() {
        return """
            prontodb set ADDR [VALUE|-] [--ttl SECONDS] [--json] [--b64] [--context CTX|--user NAME]
            The value comes from VALUE, or from stdin (byte-exact) when VALUE is '-' or absent and stdin
            is not a terminal. Prints nothing. Put '--' before a value that starts with '-'.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.TTL, Flag.JSON, Flag.B64, Flag.CONTEXT, Flag.USER);
    }

    @Override
    public ExitCode run(Invocation inv) {
        List<String> operands = inv.operands(1, 2);
        Address address = inv.keyAddress(operands.get(0));
        Long ttl = inv.has(Flag.TTL) ? Expiry.positive("--ttl", inv.value(Flag.TTL)) : null;
        byte[] value = operands.size() == 2 && !operands.get(1).equals("-")
                ? operands.get(1).getBytes(StandardCharsets.UTF_8)
                : readStdin(inv, operands.size() == 2);
        if (inv.has(Flag.B64)) {
            value = Base64Values.decode(value);
        }
        if (inv.has(Flag.JSON)) {
            value = CanonicalJson.canonicalize(value);
        }
        inv.pronto().set(address, value, ttl);
        return ExitCode.OK;
    }

    private static byte[] readStdin(Invocation inv, boolean askedForStdin) {
        if (!askedForStdin && inv.stdinIsTerminal()) {
            throw ProntoException.usage("missing VALUE", "give a value, '-' to read stdin, or pipe the value in");
        }
        try {
            return inv.stdin().readAllBytes();
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read stdin: " + IoErrors.why(e));
        }
    }
}
