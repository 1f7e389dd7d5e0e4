package io.prontodb.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PrefixRangeProperties {

    /** Strings over a small alphabet (so prefixes often match) that spans 1- to 4-byte UTF-8 and the edges. */
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of("a", "b", "%", "_", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "\ud7ff", "\ue000",
                        "\uffff", "😀", new String(Character.toChars(Character.MAX_CODE_POINT)))
                .list().ofMaxSize(5).map(parts -> String.join("", parts));
    }

    private static int byteCompare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void utf8OrderIsTheByteOrderOfUtf8(@ForAll("text") String a, @ForAll("text") String b) {
        assertThat(Integer.signum(Utf8Order.compare(a, b))).isEqualTo(Integer.signum(byteCompare(a, b)));
    }

    @Property(tries = 3000)
    void aKeyIsInThePrefixRangeIffItStartsWithThePrefix(@ForAll("text") String prefix, @ForAll("text") String key) {
        String upper = PrefixRange.upperBound(prefix);
        boolean inRange = byteCompare(key, prefix) >= 0 && (upper == null || byteCompare(key, upper) < 0);

        assertThat(inRange).as("key %s, prefix %s, bound %s", key, prefix, upper)
                .isEqualTo(Arrays.equals(prefixBytes(key, prefix), prefix.getBytes(StandardCharsets.UTF_8)));
    }

    @Property
    void extendingThePrefixStaysInRange(@ForAll("text") String prefix, @ForAll("text") String tail) {
        String upper = PrefixRange.upperBound(prefix);
        String key = prefix + tail;

        assertThat(upper == null || byteCompare(key, upper) < 0).isTrue();
    }

    private static byte[] prefixBytes(String key, String prefix) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(keyBytes.length, prefix.getBytes(StandardCharsets.UTF_8).length);
        return Arrays.copyOf(keyBytes, length);
    }
}
