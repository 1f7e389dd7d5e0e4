package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ProntoException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StreamTokenizerProperties {

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> tricky = Arbitraries.strings().withChars(" \t\r\n;\\=ab");
        return Arbitraries.oneOf(tricky, Arbitraries.strings().all().ofMaxLength(40)
                .filter(s -> s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)));
    }

    @Property
    void anyValueEscapedThenTokenizedComesBackEqual(@ForAll("values") String value, @ForAll("values") String other) {
        String stream = " k=" + StreamEscaping.escape(value) + " ;\n k2=" + StreamEscaping.escape(other) + "\n";
        List<Token> tokens = StreamTokenizerTest.tokens(stream);
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(0).value()).isEqualTo(value);
        assertThat(tokens.get(1).value()).isEqualTo(other);
    }

    @Property
    void garbageNeverThrowsAnythingButTheProductsOwnError(@ForAll byte[] garbage) {
        StreamTokenizer tokenizer = new StreamTokenizer(new ByteArrayInputStream(garbage));
        try {
            int count = 0;
            for (Token t = tokenizer.next(); t != null; t = tokenizer.next()) {
                assertThat(t.text()).isNotEmpty();
                assertThat(t.number()).isEqualTo(++count);
            }
        } catch (ProntoException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property
    void garbageTextNeverThrowsAnythingButTheProductsOwnError(@ForAll("values") String text) {
        try {
            StreamTokenizerTest.tokens(text.getBytes(StandardCharsets.UTF_8));
        } catch (ProntoException expected) {
            assertThat(expected.exitCode().code).isEqualTo(65);
        }
    }
}
