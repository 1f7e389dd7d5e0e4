package io.prontodb;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every training run of the start-up caches completes: each of its calls exits as expected. The PostgreSQL calls run
 * against the stand-in server, so a statement it cannot answer (a new one on the key-value path) fails here, with or
 * without a real PostgreSQL at hand.
 */
class TrainingTest {
    @TempDir
    Path home;

    @Test
    void theDirectTrainingRunsOnThePreparedDatabase() {
        assertThatCode(() -> {
            Training.main(new String[] {"prepare", home.toString()});
            Training.main(new String[] {"direct", home.toString()});
        }).doesNotThrowAnyException();
    }

    @Test
    void thePostgresTrainingRunsAgainstTheStandInServer() {
        assertThatCode(() -> Training.main(new String[] {"postgres", home.toString()})).doesNotThrowAnyException();
    }

    @Test
    void theGeneralTrainingRunsItsLocalCallsAndItsPostgresLogin() {
        assertThatCode(() -> Training.main(new String[] {"general", home.toString()})).doesNotThrowAnyException();
    }
}
