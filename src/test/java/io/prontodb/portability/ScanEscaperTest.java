package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ScanEscaperTest {

    @Test
    void escapesBackslashNewlineCarriageReturnAndTab() {
        byte[] escaped = ScanEscaper.escape("a\\b\nc\rd\te=f".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(escaped, StandardCharsets.UTF_8)).isEqualTo("a\\\\b\\nc\\rd\\te=f");
    }

    @Test
    void aKeyEscapesEqualsAndBackslashSoTheFirstUnescapedEqualsEndsIt() {
        assertThat(new String(ScanEscaper.escapeKey("a=b"), StandardCharsets.UTF_8)).isEqualTo("a\\=b");
        assertThat(new String(ScanEscaper.escapeKey("a\\b__c=d"), StandardCharsets.UTF_8)).isEqualTo("a\\\\b__c\\=d");
        assertThat(new String(ScanEscaper.escapeKey("plain__ctx"), StandardCharsets.UTF_8)).isEqualTo("plain__ctx");
    }

    @Property
    void anEscapedValueIsOneLineAndUnescapesToTheOriginal(@ForAll byte[] value) {
        byte[] escaped = ScanEscaper.escape(value);

        assertThat(escaped).doesNotContain((byte) '\n', (byte) '\r', (byte) '\t');
        assertThat(unescape(escaped)).isEqualTo(value);
    }

    private static byte[] unescape(byte[] escaped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length; i++) {
            if (escaped[i] != '\\') {
                out.write(escaped[i]);
                continue;
            }
            byte code = escaped[++i];
            out.write(switch (code) {
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case '\\' -> '\\';
                default -> throw new AssertionError("unknown escape \\" + (char) code);
            });
        }
        return out.toByteArray();
    }
}
