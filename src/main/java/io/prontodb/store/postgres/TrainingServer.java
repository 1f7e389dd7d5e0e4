package io.prontodb.store.postgres;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A stand-in PostgreSQL server on a loopback port, only for the start-up cache's training run, which has no real
 * server to log in to: it speaks enough of the wire protocol (SSL refusal, a SCRAM-SHA-256 login, the extended query
 * protocol) for a ProntoDB key-value call to take exactly the path it takes against a real server, so the cache
 * records that path's classes and call sites. Its answers are shaped by the statement, not by any data: the schema
 * is current, a namespace has no settings, a select on {@code kv} finds one row. Never used to serve users.
 */
public final class TrainingServer implements AutoCloseable {
    public static final String USER = "training";
    public static final String PASSWORD = "training";

    private final ServerSocket listener;
    private final Thread acceptor;

    private TrainingServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptAll, "training-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static TrainingServer start() {
        try {
            return new TrainingServer(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A target naming this server; the password is {@link #PASSWORD}. */
    public String target() {
        return "postgresql://" + USER + "@127.0.0.1:" + listener.getLocalPort() + "/training";
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptAll() {
        while (true) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            try (socket) {
                new TrainingSession(new DataInputStream(new BufferedInputStream(socket.getInputStream())),
                        new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))).serve();
            } catch (IOException | RuntimeException e) {
                // The connection ends here, so the client's call fails and with it the training: never a hang.
            }
        }
    }
}
