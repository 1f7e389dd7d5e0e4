package io.prontodb.cache;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpiryTest {

    @ParameterizedTest
    @CsvSource({"10000, 10", "9001, 10", "9000, 9", "1, 1", "0, 0", "-5000, 0"})
    void secondsLeftRoundUpSoALiveKeyNeverShowsZero(long millisLeft, long expected) {
        long now = 1_000_000;
        assertThat(Expiry.secondsLeft(now + millisLeft, now)).isEqualTo(expected);
    }

    @Test
    void noExpiryIsMinusOne() {
        assertThat(Expiry.secondsLeft(null, 123)).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "", " 1", "1s", "0x10", "1e3", "9223372036854775808"})
    void onlyPositiveWholeNumbersAreAccepted(String text) {
        assertFailsWith(ExitCode.USAGE, () -> Expiry.positive("--ttl", text));
    }

    @Test
    void positiveWholeNumbersAreAccepted() {
        assertThat(Expiry.positive("--ttl", "1")).isEqualTo(1);
        assertThat(Expiry.positive("--ttl", "86400")).isEqualTo(86400);
    }
}
