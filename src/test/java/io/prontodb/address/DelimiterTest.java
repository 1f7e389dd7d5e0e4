package io.prontodb.address;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimiterTest {

    @ParameterizedTest
    @ValueSource(strings = {".", "/", ":", "|", ",", "·", "😀"})
    void oneOrdinaryCharacterIsADelimiter(String text) {
        assertThat(Delimiter.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "ab", "_", "=", ";", " ", "\t", "\n", "\u00a0", "\u0001", "\ud800"})
    void otherTextIsAUsageError(String text) {
        assertFailsWith(ExitCode.USAGE, () -> Delimiter.parse(text));
    }
}
