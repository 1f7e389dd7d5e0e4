package org.sqlite.util;

import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * Takes the place of sqlite-jdbc's own {@code LoggerFactory}: ProntoDB's jar comes first on the class path, so the
 * driver loads this class instead of its own. The driver's version runs in the static initialiser of its JNI class,
 * so every start paid for it: it probes the class path for SLF4J (a miss opens every jar on it) and then sets up
 * {@code java.util.logging}, whose first logger searches the modules and jars for a {@code System.LoggerFinder};
 * together about 12 ms of a 100 ms {@code get} (docs/architecture.md, "Start-up"). ProntoDB ships no SLF4J, so the
 * driver logged to {@code java.util.logging}; it still does, under the same logger names and levels, but the logger
 * is looked up on the first message instead of when the driver's classes load.
 */
public final class LoggerFactory {
    private LoggerFactory() {
    }

    public static Logger getLogger(Class<?> hostClass) {
        return new LazyJulLogger(hostClass.getCanonicalName());
    }

    private static final class LazyJulLogger implements Logger {
        private final String name;
        // A race only looks the same logger up twice: java.util.logging returns one instance per name.
        private java.util.logging.Logger logger;

        LazyJulLogger(String name) {
            this.name = name;
        }

        @Override
        public void trace(Supplier<String> message) {
            log(Level.FINEST, message, null);
        }

        @Override
        public void info(Supplier<String> message) {
            log(Level.INFO, message, null);
        }

        @Override
        public void warn(Supplier<String> message) {
            log(Level.WARNING, message, null);
        }

        @Override
        public void error(Supplier<String> message, Throwable thrown) {
            log(Level.SEVERE, message, thrown);
        }

        private void log(Level level, Supplier<String> message, Throwable thrown) {
            java.util.logging.Logger target = logger;
            if (target == null) {
                target = java.util.logging.Logger.getLogger(name);
                logger = target;
            }
            if (target.isLoggable(level)) {
                target.log(level, message.get(), thrown);
            }
        }
    }
}
