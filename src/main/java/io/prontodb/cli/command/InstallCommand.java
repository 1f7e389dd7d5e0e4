package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.cli.Command;
import io.prontodb.cli.Invocation;
import io.prontodb.config.Config;
import io.prontodb.lifecycle.InstallLayout;
import io.prontodb.lifecycle.InstallSource;
import io.prontodb.lifecycle.Installer;
import io.prontodb.security.Accounts;
import io.prontodb.security.Security;
import java.net.URISyntaxException;
import java.nio.file.Path;

public final class InstallCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        String chosenAdminPassword = inv.env().get(SecurityAccess.ADMIN_PASSWORD_VARIABLE);
        if (chosenAdminPassword != null) {
            Accounts.checkChosenAdminPassword(chosenAdminPassword);
        }
        InstallLayout layout = Layouts.of(inv);
        long busyTimeout = inv.config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, Invocation.DEFAULT_BUSY_TIMEOUT_MS);
        new Installer(layout, busyTimeout, inv.out()::status).install(InstallSource.around(runningJar()));
        CompletionFile.install(inv);
        Security security = SecurityAccess.open(inv);
        if (chosenAdminPassword != null && security.accounts().replaceDefaultAdminPassword(chosenAdminPassword)) {
            inv.out().status("set the password of user 'admin' from " + SecurityAccess.ADMIN_PASSWORD_VARIABLE);
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
