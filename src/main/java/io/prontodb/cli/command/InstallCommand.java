package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.config.Target;
import io.prontodb.lifecycle.InstallLayout;
import io.prontodb.lifecycle.InstallSource;
import io.prontodb.lifecycle.Installer;
import io.prontodb.security.Accounts;
import io.prontodb.security.Security;
import java.util.Set;
import java.net.URISyntaxException;
import java.nio.file.Path;

public final class InstallCommand implements Command {
    @Override
    public String summary() {
        return "install for this user: dirs, config, database, launcher";
    }

    @Override
    public String usage() {
        return """
            prontodb install [--prefix DIR]
            Creates the data and config directories (0700), a commented pronto.conf when there is none,
            and the database (0600; on a PostgreSQL target, ProntoDB's tables) with the admin user;
            copies the application to $XDG_DATA_HOME/prontodb/app and links ~/.local/bin/prontodb to its
            launcher (with --prefix: DIR/lib/prontodb and DIR/bin/prontodb). Running it again repairs what
            is missing.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.PREFIX);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        String chosenAdminPassword = inv.env().get(Invocation.ADMIN_PASSWORD_VARIABLE);
        if (chosenAdminPassword != null) {
            Accounts.checkChosenAdminPassword(chosenAdminPassword);
        }
        InstallLayout layout = Layouts.of(inv);
        if (!(layout.database() instanceof Target.Sqlite)) {
            // ProntoDB's tables and admin first: an unreachable server or a refused login stops install here
            SecurityAccess.open(inv);
        }
        new Installer(layout, inv.options().busyTimeoutMs(), inv.out()::status).install(InstallSource.around(runningJar()));
        CompletionFile.install(inv);
        Security security = SecurityAccess.open(inv);
        if (chosenAdminPassword != null && security.accounts().replaceDefaultAdminPassword(chosenAdminPassword)) {
            inv.out().status("set the password of user 'admin' from " + Invocation.ADMIN_PASSWORD_VARIABLE);
        }
        SecurityAccess.warnOfDefaultPassword(inv, security, Accounts.ADMIN);
        String path = inv.env().get("PATH");
        String linkDir = layout.launcherLink().getParent().toString();
        if (path == null || !(":" + path + ":").contains(":" + linkDir + ":")) {
            inv.out().status("note: " + linkDir + " is not on PATH; add it to run 'prontodb' from anywhere");
        }
        return ExitCode.OK;
    }

    private static Path runningJar() {
        try {
            return Path.of(InstallCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new ProntoException(ExitCode.ERROR, "cannot tell where prontodb runs from: " + e.getMessage());
        }
    }
}
