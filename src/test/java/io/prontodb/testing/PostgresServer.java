package io.prontodb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private PostgreSQL cluster for tests: initdb in a temporary directory, started on a free loopback port, stopped
 * and removed when the JVM exits. PostgreSQL refuses to run as root, so as root its programs run as the
 * {@code postgres} user. One shared cluster per JVM ({@link #shared()}); fault tests that stop the server start
 * their own ({@link #startPrivate()}).
 *
 * <p>Where the binaries are missing, tests that need the server are skipped, unless the system property
 * {@code prontodb.postgres=required} or the environment variable {@code PRONTO_TEST_POSTGRES=required} is set (CI):
 * then they fail.
 */
public final class PostgresServer {
    /** The role tests log in as: owner of every database {@link #createDatabase()} makes. */
    public static final String USER = "pronto";
    public static final String PASSWORD = "pronto-test-password";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "pronto-test-superuser";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static PostgresServer shared;
    private static String unavailable;

    private final Path bin;
    private final Path dir;
    private final Path data;
    private int port;

    private PostgresServer(Path bin, Path dir) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
    }

    /** Whether PostgreSQL must be there (CI), so that its absence fails instead of skipping. */
    public static boolean required() {
        return "required".equals(System.getProperty("prontodb.postgres"))
                || "required".equals(System.getenv("PRONTO_TEST_POSTGRES"));
    }

    /** Whether tests can have a server: the binaries are installed (or CI requires them, so asking fails loudly). */
    public static boolean available() {
        return required() || binaries() != null;
    }

    /** The cluster shared by every test of this JVM; skips (or, when required, fails) the test when there is none. */
    public static synchronized PostgresServer shared() {
        if (shared == null && unavailable == null) {
            try {
                shared = startPrivate();
            } catch (RuntimeException e) {
                unavailable = e.getMessage();
            }
        }
        if (shared == null) {
            missing(unavailable);
        }
        return shared;
    }

    /** A new cluster of the caller's own (stopped at JVM exit at the latest). */
    public static PostgresServer startPrivate() {
        Path bin = binaries();
        if (bin == null) {
            missing("PostgreSQL is not installed (no initdb on PATH or under /usr/lib/postgresql/*/bin)");
        }
        try {
            Path dir = Files.createTempDirectory("prontodb-pg");
            PostgresServer server = new PostgresServer(bin, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(server::destroy));
            server.init();
            server.startOnFreePort();
            server.createRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void missing(String reason) {
        if (required()) {
            Assertions.fail("PostgreSQL is required for this run but unavailable: " + reason);
        }
        Assumptions.abort("needs PostgreSQL: " + reason);
    }

    /** The directory holding initdb, pg_ctl and postgres, or null. */
    static Path binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty()) {
                candidates.add(Path.of(entry));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing(PostgresServer::majorVersion).reversed())
                        .forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return candidates.stream()
                .filter(d -> Stream.of("initdb", "pg_ctl", "postgres").allMatch(p -> Files.isExecutable(d.resolve(p))))
                .findFirst().orElse(null);
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void init() throws IOException {
        if (asRoot()) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SUPERUSER);
            Files.setOwner(dir, postgres);
        }
        Path passwordFile = dir.resolve("pwfile");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n");
        if (asRoot()) {
            Files.setOwner(passwordFile, Files.getOwner(dir));
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
    }

    private void startOnFreePort() {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            port = freePort();
            try {
                start();
                return;
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Starts (or restarts, on the same port) the server and waits until it accepts connections. */
    public void start() {
        // Without fsync the suite runs several times faster, and a stopped server (a process, not the machine)
        // still keeps every commit: the operating system holds what was written. Commits stay synchronous so that
        // "committed" means written when a fault test stops the server.
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                + " -c full_page_writes=off -c max_connections=60";
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-o", options, "-w", "-t", "60", "start"));
    }

    /** Stops the server at once, as a crash or a pulled cable would look to a client. */
    public void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
    }

    private void destroy() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } catch (RuntimeException ignored) {
            // the JVM is exiting; remove what can be removed
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private void createRole() {
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test role: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** A fresh database owned by {@link #USER}. */
    public String createDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        superuserExecute("CREATE DATABASE " + name + " OWNER " + USER);
        return name;
    }

    /** A login role without rights beyond connecting. */
    public void createRole(String name, String password) {
        superuserExecute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
    }

    public void superuserExecute(String sql) {
        superuserExecute("postgres", sql);
    }

    public void superuserExecute(String database, String sql) {
        try (Connection c = superuser(database); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The target URL of a database, as a user would give it to -d (the password comes from PGPASSWORD). */
    public String url(String database) {
        return url(USER, database);
    }

    public String url(String user, String database) {
        return "postgresql://" + user + "@127.0.0.1:" + port + "/" + database;
    }

    /** A JDBC connection as {@link #USER}, to look at what the CLI stored. */
    public Connection connect(String database) throws SQLException {
        return connect(database, USER, PASSWORD);
    }

    private Connection superuser(String database) throws SQLException {
        return connect(database, SUPERUSER, SUPERUSER_PASSWORD);
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        full.addAll(command);
        try {
            Path output = Files.createTempFile("prontodb-pg-cmd", ".log");
            try {
                Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " failed: "
                            + Files.readString(output, StandardCharsets.UTF_8) + logTail());
                }
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String logTail() throws IOException {
        Path log = dir.resolve("log");
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "\nserver log: " + String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    }
}
