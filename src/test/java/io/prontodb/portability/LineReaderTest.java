package io.prontodb.portability;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static final int CAP = 100_000;

    @Test
    void aLineExactlyAtTheLimitIsRead() {
        LineReader lines = new LineReader(concat(repeated('a', CAP), bytes("\nnext\n")), CAP);

        assertThat(lines.next()).isTrue();
        assertThat(lines.length()).isEqualTo(CAP);
        assertThat(lines.next()).isTrue();
        assertThat(new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)).isEqualTo("next");
    }

    @Test
    void aLineOneByteOverTheLimitIsBadDataNamingTheLine() {
        LineReader lines = new LineReader(concat(bytes("first\n"), repeated('a', CAP + 1)), CAP);
        assertThat(lines.next()).isTrue();

        var error = assertFailsWith(ExitCode.DATA, lines::next);

        assertThat(error.getMessage()).isEqualTo("line 2: longer than the limit of " + CAP + " bytes");
    }

    @Test
    void anEndlessLineIsStoppedAtTheLimitWithoutReadingTheRest() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };

        assertFailsWith(ExitCode.DATA, () -> new LineReader(endless, CAP).next());
    }

    @Test
    void theDefaultLimitHoldsA100MibValueInItsWorstCaseEscapedForm() {
        long hundredMib = 100L << 20;
        assertThat((long) LineReader.MAX_LINE_BYTES).isGreaterThan(6 * hundredMib + 4096);
    }

    private static InputStream repeated(char c, int count) {
        byte[] bytes = new byte[count];
        java.util.Arrays.fill(bytes, (byte) c);
        return new ByteArrayInputStream(bytes);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream concat(InputStream a, InputStream b) {
        return new SequenceInputStream(a, b);
    }
}
