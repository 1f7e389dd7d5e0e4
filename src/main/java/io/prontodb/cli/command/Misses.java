package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.cli.Invocation;

/** The exit-2 answer for a key that is missing or expired. */
final class Misses {
    private Misses() {
    }

    static ProntoException notFound(Invocation inv, Address address) {
        return new ProntoException(ExitCode.MISS, "not found: " + address.format(inv.scope().delimiter()));
    }
}
