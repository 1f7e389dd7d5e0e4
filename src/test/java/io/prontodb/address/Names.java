package io.prontodb.address;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of valid names, built from code points that exercise ASCII, multi-byte and supplementary UTF-8. */
final class Names {
    private static final List<String> CODE_POINTS = List.of(
            "a", "Z", "0", "9", "-", "%", "_", "~", ":", "/", "!", "é", "ß", "中", "ｱ", "😀", "𝄞");

    static final List<Delimiter> DELIMITERS = List.of(
            Delimiter.DEFAULT, new Delimiter('/'), new Delimiter(':'), new Delimiter('|'), new Delimiter('·'));

    private Names() {
    }

    /** A valid project or namespace name for {@code delimiter}. */
    static Arbitrary<String> name(Delimiter delimiter) {
        return Arbitraries.of(CODE_POINTS).list().ofMinSize(1).ofMaxSize(12)
                .map(parts -> String.join("", parts))
                .filter(s -> !s.contains(delimiter.toString()));
    }

    /** A valid key or context: a name that holds no {@code __} and neither starts nor ends with {@code _}. */
    static Arbitrary<String> keyName(Delimiter delimiter) {
        return name(delimiter).filter(s -> !s.contains("__") && !s.startsWith("_") && !s.endsWith("_"));
    }

    static Arbitrary<Delimiter> delimiter() {
        return Arbitraries.of(DELIMITERS);
    }
}
