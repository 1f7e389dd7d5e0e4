package org.sqlite.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.sqlite.core.NativeDB;

/** ProntoDB's stand-in for the driver's logger factory: it is the one loaded, and the driver's messages still reach
 * java.util.logging under the driver's logger names and levels. */
class LoggerFactoryTest {
    @Test
    void theDriverLoadsProntoDbsFactoryNotItsOwn() throws Exception {
        String factory = LoggerFactory.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String driver = NativeDB.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(factory).doesNotContain("sqlite-jdbc");
        assertThat(driver).contains("sqlite-jdbc");
    }

    @Test
    void messagesReachJavaUtilLoggingUnderTheClassNameWithTheDriversLevels() {
        Logger logger = LoggerFactory.getLogger(NativeDB.class);
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(NativeDB.class.getCanonicalName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = jul.getLevel();
        jul.addHandler(handler);
        jul.setLevel(Level.INFO);
        try {
            IllegalStateException failure = new IllegalStateException("boom");
            logger.trace(() -> "below the level");
            logger.info(() -> "opened");
            logger.warn(() -> "slow");
            logger.error(() -> "failed", failure);

            assertThat(records).extracting(LogRecord::getLevel)
                    .containsExactly(Level.INFO, Level.WARNING, Level.SEVERE);
            assertThat(records).extracting(LogRecord::getMessage).containsExactly("opened", "slow", "failed");
            assertThat(records.get(2).getThrown()).isSameAs(failure);
            assertThat(records).extracting(LogRecord::getLoggerName).containsOnly("org.sqlite.core.NativeDB");
        } finally {
            jul.removeHandler(handler);
            jul.setLevel(before);
        }
    }
}
