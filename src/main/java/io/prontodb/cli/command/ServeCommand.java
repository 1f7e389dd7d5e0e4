package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.config.Config;
import io.prontodb.server.ProntoServer;
import io.prontodb.server.ServeOptions;
import io.prontodb.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

public final class ServeCommand implements Command {
    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        ServeOptions options = ServeOptions.of(inv.value(Flag.LISTEN), inv.value(Flag.SOCKET), inv.value(Flag.MAX_BODY),
                inv.value(Flag.TLS_KEYSTORE), inv.env().get("PRONTO_TLS_PASSWORD"), inv.has(Flag.INSECURE),
                inv.value(Flag.READ_TIMEOUT));
        Path database = inv.databasePath();
        long busyTimeout = inv.config().getNonNegativeLong(Config.BUSY_TIMEOUT_MS, Invocation.DEFAULT_BUSY_TIMEOUT_MS);
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try (ProntoServer server = ProntoServer.start(options, () -> SqliteStore.open(database, busyTimeout), inv.clock(),
                inv.env().get(SecurityAccess.ADMIN_PASSWORD_VARIABLE), inv.out().err())) {
            List<String> endpoints = new ArrayList<>();
            if (options.listen() != null) {
                endpoints.add((server.tls() ? "https://" : "http://") + server.address().getAddress().getHostAddress()
                        + ":" + server.address().getPort());
            }
            if (options.socket() != null) {
                endpoints.add("unix:" + options.socket());
            }
            inv.out().status("prontodb: serving " + database + " on " + String.join(" and ", endpoints));
            inv.out().err().flush();
            stop.await();
            inv.out().status("prontodb: stopping: finishing open requests");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
