package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the listing writer prints, the tokenizer reads back as the same keys and bytes. */
class StreamListingWriterProperties {

    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<byte[]> text = Arbitraries.strings().withChars(" \t\r\n;\\=ab.é").ofMaxLength(20)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(text, Arbitraries.bytes().array(byte[].class).ofMaxSize(20));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.strings().withChars("ab;\\.:/é").ofMinLength(1).ofMaxLength(8);
    }

    @Property
    void entriesComeBackAsTheyWereWritten(@ForAll("keys") String key, @ForAll("values") byte[] first,
                                          @ForAll("values") byte[] second, @ForAll boolean allBase64) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamListingWriter writer = new StreamListingWriter(line -> {
            out.writeBytes(line);
            out.write('\n');
        }, Delimiter.DEFAULT, allBase64);
        writer.write(new Address("p", "n", key, ""), first);
        writer.write(new Address("p", "n", key, "ctx"), second);

        List<byte[]> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StreamTokenizer tokens = new StreamTokenizer(new ByteArrayInputStream(out.toByteArray()));
        boolean base64 = false;
        String delimiter = ".";
        for (Token token = tokens.next(); token != null; token = tokens.next()) {
            switch (token.name()) {
                case "meta:b64" -> base64 = token.value().equals("1");
                case "meta:delim" -> delimiter = token.value();
                case "meta:path" -> assertThat(token.value()).isEqualTo("p" + delimiter + "n");
                default -> {
                    assertThat(token.name()).doesNotContain(delimiter);
                    names.add(token.name());
                    values.add(base64 ? Base64.getDecoder().decode(token.value())
                            : token.value().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(names).containsExactly(key, key + "__ctx");
        assertThat(values.get(0)).isEqualTo(first);
        assertThat(values.get(1)).isEqualTo(second);
    }
}
