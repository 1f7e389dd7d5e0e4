package io.prontodb.cli.command;

import io.prontodb.Pronto;
import io.prontodb.cli.Invocation;
import io.prontodb.store.Snapshots;

/** The snapshots of the database a command targets. */
final class LifecycleAccess {
    private LifecycleAccess() {
    }

    static Snapshots snapshots(Invocation inv) {
        return Pronto.snapshots(inv.target(), inv.paths().dataDir(), inv.options());
    }
}
