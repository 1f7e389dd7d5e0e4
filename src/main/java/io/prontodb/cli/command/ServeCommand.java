package io.prontodb.cli.command;

import io.prontodb.ExitCode;
import io.prontodb.cli.Command;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.config.Target;
import io.prontodb.server.ProntoServer;
import io.prontodb.server.ServeOptions;
import io.prontodb.store.Backends;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

public final class ServeCommand implements Command {
    @Override
    public String summary() {
        return "serve the database over HTTP (API and web page) until stopped";
    }

    @Override
    public String usage() {
        return """
            prontodb serve [--listen HOST:PORT] [--socket PATH] [--max-body BYTES] [--tls-keystore FILE]
                           [--insecure] [--read-timeout SECONDS]
            Serves the target (a SQLite file or a PostgreSQL database): the HTTP API (/v1, see
            docs/server.md) and a web page at / on 127.0.0.1:7480 by default. Every /v1 request but /v1/health needs 'Authorization: Bearer KEY_OR_TOKEN'. A
            listen address that is not loopback needs --tls-keystore (PKCS12, password in
            PRONTO_TLS_PASSWORD) or --insecure. One access-log line per request goes to stderr.
            SIGTERM or SIGINT stops it after the open requests finish.""";
    }

    @Override
    public Set<Flag> flags() {
        return Set.of(Flag.LISTEN, Flag.SOCKET, Flag.MAX_BODY, Flag.TLS_KEYSTORE, Flag.INSECURE, Flag.READ_TIMEOUT);
    }

    @Override
    public ExitCode run(Invocation inv) {
        inv.operands(0, 0);
        ServeOptions options = ServeOptions.of(inv.value(Flag.LISTEN), inv.value(Flag.SOCKET), inv.value(Flag.MAX_BODY),
                inv.value(Flag.TLS_KEYSTORE), inv.env().get("PRONTO_TLS_PASSWORD"), inv.has(Flag.INSECURE),
                inv.value(Flag.READ_TIMEOUT));
        Target target = inv.storeTarget();
        long busyTimeout = inv.options().busyTimeoutMs();
        CountDownLatch stop = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), signal -> stop.countDown());
        Signal.handle(new Signal("INT"), signal -> stop.countDown());
        try (ProntoServer server = ProntoServer.start(options, () -> Backends.open(target, inv.env(), busyTimeout), inv.clock(),
                inv.env().get(Invocation.ADMIN_PASSWORD_VARIABLE), inv.out().err())) {
            List<String> endpoints = new ArrayList<>();
            if (options.listen() != null) {
                endpoints.add((server.tls() ? "https://" : "http://") + server.address().getAddress().getHostAddress()
                        + ":" + server.address().getPort());
            }
            if (options.socket() != null) {
                endpoints.add("unix:" + options.socket());
            }
            inv.out().status("prontodb: serving " + target.describe() + " on " + String.join(" and ", endpoints));
            inv.out().err().flush();
            stop.await();
            inv.out().status("prontodb: stopping: finishing open requests");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }
}
