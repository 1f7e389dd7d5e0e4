package io.prontodb.portability;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base64ValuesTest {

    private static byte[] decode(String text) {
        return Base64Values.decode(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Property
    void encodeThenDecodeGivesTheSameBytes(@ForAll byte[] value) {
        assertThat(decode(Base64Values.encode(value))).isEqualTo(value);
    }

    @Test
    void decodesStandardPaddedBase64AndIgnoresSurroundingWhitespace() {
        assertThat(decode("aGVsbG8=")).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(decode("AP8=\n")).isEqualTo(new byte[] {0, (byte) 0xff});
        assertThat(decode("")).isEmpty();
        assertThat(Base64Values.encode(new byte[] {(byte) 0xfb, (byte) 0xff})).isEqualTo("+/8=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aGVsbG8", "YQ", "YR==", "YWI=x", "a GVsbG8=", "aGVs\nbG8=", "-_8=", "!!!!", "=", "YQ==="})
    void anythingButStrictStandardBase64IsBadData(String text) {
        assertFailsWith(ExitCode.DATA, () -> decode(text));
    }
}
