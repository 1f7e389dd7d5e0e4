package io.prontodb.cli.command;

import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.lifecycle.InstallLayout;
import java.nio.file.Path;

/** The install layout a command run asks for (its --prefix, database and XDG dirs). */
final class Layouts {
    private Layouts() {
    }

    static InstallLayout of(Invocation inv) {
        Path prefix = inv.has(Flag.PREFIX) ? Path.of(inv.value(Flag.PREFIX)) : null;
        return InstallLayout.of(inv.paths(), inv.env().home(), prefix, inv.storeTarget());
    }
}
