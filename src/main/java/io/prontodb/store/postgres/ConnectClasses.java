package io.prontodb.store.postgres;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The classes a call on a {@code postgresql://} target loads to connect, log in (SCRAM) and run a statement, beyond
 * those of a SQLite call. The start-up cache's training run has no server to connect to, so it loads them by name:
 * otherwise each call would read and verify them from the jars (about 250 ms). PostgresStartupClassesIT keeps the
 * list current.
 */
public final class ConnectClasses {
    static final String RESOURCE = "connect-classes.txt";

    private ConnectClasses() {
    }

    /** Loads every listed class; names this JDK or driver version lacks are skipped. */
    public static void load() {
        ClassLoader loader = ConnectClasses.class.getClassLoader();
        try (InputStream in = ConnectClasses.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String name = lines.readLine(); name != null; name = lines.readLine()) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // A list made for another JDK or driver version: that class is simply not cached.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
