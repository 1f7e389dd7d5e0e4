package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TsvEscaperProperties {

    @Property
    void anyBytesRoundTrip(@ForAll("values") byte[] value) {
        byte[] escaped = TsvEscaper.escape(value);
        assertThat(TsvEscaper.unescape(escaped, 0, escaped.length)).isEqualTo(value);
    }

    @Property
    void escapedFieldIsUtf8WithoutTabsOrLineBreaks(@ForAll("values") byte[] value) {
        byte[] escaped = TsvEscaper.escape(value);
        assertThat(Utf8.isValid(escaped)).isTrue();
        assertThat(new String(escaped, StandardCharsets.UTF_8)).doesNotContain("\t", "\n", "\r");
    }

    @Property
    void validUtf8TextStaysReadable(@ForAll String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Utf8.isValid(bytes)) {
            return; // unpaired surrogates become '?' replacement bytes; nothing to check
        }
        String escaped = new String(TsvEscaper.escape(bytes), StandardCharsets.UTF_8);
        assertThat(escaped).doesNotContain("\\x");
    }

    @Property
    void utf8ValidatorAgreesWithTheJdkDecoder(@ForAll("values") byte[] value) {
        boolean jdk;
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value));
            jdk = true;
        } catch (java.nio.charset.CharacterCodingException e) {
            jdk = false;
        }
        assertThat(Utf8.isValid(value)).isEqualTo(jdk);
    }

    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<byte[]> utf8 = Arbitraries.strings().ofMaxLength(24).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> special = Arbitraries.of((byte) '\\', (byte) '\t', (byte) '\n', (byte) '\r', (byte) 'x',
                (byte) 0xc3, (byte) 0xa9, (byte) 0xed, (byte) 0xa0, (byte) 0x80, (byte) 0xf4, (byte) 0x90, (byte) 0)
                .array(byte[].class).ofMaxSize(16);
        return Arbitraries.oneOf(random, utf8, special);
    }
}
