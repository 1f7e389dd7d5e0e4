package io.prontodb.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** The HTTP server: the JDK's built-in one, one virtual thread per request where the JDK has them (21+). */
public final class ProntoServer implements AutoCloseable {
    /** Stores (SQLite connections) shared by all requests: readers run in parallel, writers queue on the lock. */
    static final int STORES = 8;
    /** Platform threads when virtual threads are not available. */
    static final int THREADS = 32;
    /** How long stop waits for open requests. */
    private static final int DRAIN_SECONDS = 30;

    private final HttpServer server;
    private final ExecutorService executor;
    private final StorePool stores;
    private final UnixSocketBridge bridge;

    private ProntoServer(HttpServer server, ExecutorService executor, StorePool stores, UnixSocketBridge bridge) {
        this.server = server;
        this.executor = executor;
        this.stores = stores;
        this.bridge = bridge;
    }

    public static ProntoServer start(ServeOptions options, Supplier<Store> opener, Clock clock,
                                     String adminPassword, PrintStream err) {
        // Read by the JDK server when its class initialises: a client that has not sent its whole request
        // within this time (e.g. headers one byte per second) is disconnected.
        System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(options.readTimeoutSeconds()));
        StorePool stores = new StorePool(STORES, opener);
        ExecutorService executor = executor();
        try {
            InetSocketAddress listen = options.socket() != null && options.listen() == null
                    ? new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0) : options.listen();
            HttpServer server = options.tlsKeystore() == null ? HttpServer.create(listen, 1024) : https(listen, options);
            server.setExecutor(executor);
            server.createContext("/", new ApiHandler(stores, clock, adminPassword, options.maxBody(), new AccessLog(err)));
            server.start();
            UnixSocketBridge bridge = options.socket() == null ? null
                    : UnixSocketBridge.start(options.socket(), server.getAddress(), executor);
            return new ProntoServer(server, executor, stores, bridge);
        } catch (BindException e) {
            stores.close();
            executor.shutdownNow();
            throw new ProntoException(ExitCode.IO, "cannot listen on " + options.listen() + ": " + e.getMessage(),
                    "another process may use the port; choose one with --listen HOST:PORT");
        } catch (IOException e) {
            stores.close();
            executor.shutdownNow();
            throw new ProntoException(ExitCode.IO, "cannot start the server: " + e.getMessage());
        }
    }

    /** The address the server listens on (with the port chosen when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    public boolean tls() {
        return server instanceof HttpsServer;
    }

    /** Stops accepting, lets open requests finish (up to a limit), then closes the stores. */
    @Override
    public void close() {
        if (bridge != null) {
            bridge.close();
        }
        server.stop(DRAIN_SECONDS);
        executor.shutdown();
        stores.close();
    }

    private static HttpsServer https(InetSocketAddress listen, ServeOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(options.tlsKeystore())) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, options.tlsPassword());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, options.tlsPassword());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(listen, 1024);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            return server;
        } catch (GeneralSecurityException e) {
            throw new ProntoException(ExitCode.DATA, "cannot use the keystore " + options.tlsKeystore() + ": " + e.getMessage(),
                    "it must be PKCS12 with its password in PRONTO_TLS_PASSWORD");
        }
    }

    /** Virtual threads (JDK 21+, found at run time since the code targets 17), else a fixed pool. */
    private static ExecutorService executor() {
        try {
            Method virtual = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) virtual.invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newFixedThreadPool(THREADS);
        }
    }
}
