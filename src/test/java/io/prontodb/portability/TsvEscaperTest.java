package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TsvEscaperTest {

    @Test
    void escapesTheFourSpecialBytesAndInvalidUtf8() {
        byte[] value = {'a', '\\', '\t', '\n', '\r', (byte) 0xff, (byte) 0xc3, (byte) 0xa9};
        assertThat(new String(TsvEscaper.escape(value), StandardCharsets.UTF_8)).isEqualTo("a\\\\\\t\\n\\r\\xffé");
    }

    @Test
    void rejectsUnknownEscapesAndBadHex() {
        byte[] unknown = "a\\qb".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TsvEscaper.unescape(unknown, 0, unknown.length)).hasMessageContaining("\\q");
        byte[] badHex = "\\xZ1".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TsvEscaper.unescape(badHex, 0, badHex.length)).hasMessageContaining("hex");
        byte[] lone = "ab\\".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TsvEscaper.unescape(lone, 0, lone.length)).hasMessageContaining("lone backslash");
    }
}
