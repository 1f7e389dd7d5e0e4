package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.erdtman.jcs.JsonCanonicalizer;

/** CanonicalJson agrees with the reference RFC 8785 implementation (erdtman's) on random documents. */
class CanonicalJsonOracleProperties {

    @Property(tries = 2000)
    void matchesTheReferenceImplementation(@ForAll("documents") String json) throws Exception {
        String expected = new JsonCanonicalizer(json).getEncodedString();

        String actual = new String(CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);

        assertThat(actual).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.oneOf(objectOf(value(3)), arrayOf(value(3)));
    }

    private Arbitrary<String> value(int depth) {
        // Numbers the reference formats exactly on every JDK: its Double.toString may add a digit before JDK 19.
        // EcmaNumberTest checks arbitrary doubles.
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> Integer.toString(i)),
                Arbitraries.integers().between(-4096, 4096).map(i -> (i / 8.0) + "e" + (i % 5)),
                Arbitraries.of("true", "false", "null"),
                strings());
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, scalar),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> arrayOf(value(depth - 1)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> objectOf(value(depth - 1)))));
    }

    private Arbitrary<String> arrayOf(Arbitrary<String> element) {
        return element.list().ofMaxSize(4).map(items -> "[ " + String.join(" , ", items) + " ]");
    }

    private Arbitrary<String> objectOf(Arbitrary<String> member) {
        // Names unique as text: two spellings of one name, such as "\/" and "/", would make a duplicate member.
        Arbitrary<List<String>> names = Arbitraries.strings().withCharRange(' ', '~').withChars('é', '€', '\n', '\u0001')
                .ofMaxLength(4).list().uniqueElements().ofMaxSize(4)
                .map(texts -> texts.stream().map(JsonText::string).collect(Collectors.toList()));
        return names.flatMap(keys -> member.list().ofSize(keys.size()).map(values -> {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ",").append(keys.get(i)).append(" : ").append(values.get(i));
            }
            return out.append('}').toString();
        }));
    }

    /** JSON string literals over ASCII, controls, escapes and characters beyond the BMP. */
    private Arbitrary<String> strings() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(3)
                        .map(s -> s.replace("\\", "\\\\").replace("\"", "\\\"")),
                Arbitraries.of("\\n", "\\t", "\\u0001", "\\u001f", "\\/", "\\\"", "\\\\", "é", "\\u20ac", "😀",
                        "\\ud83d\\ude00", "\u007f", "\\u00ff"));
        return piece.list().ofMaxSize(4).map(parts -> parts.stream().collect(Collectors.joining("", "\"", "\"")));
    }
}
