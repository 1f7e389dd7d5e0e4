package io.prontodb.portability;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return new String(CanonicalJson.canonicalize(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"b\": 2, \"a\": 1}                  | {\"a\":1,\"b\":2}",
            "{\"a\":{\"z\":[1, 2],\"y\":null}}      | {\"a\":{\"y\":null,\"z\":[1,2]}}",
            "{\"\\u20ac\":1,\"\\r\":2,\"1\":3}      | {\"\\r\":2,\"1\":3,\"€\":1}",
            "1.0                                  | 1",
            "1e3                                  | 1000",
            "-0                                   | 0",
            "1E-7                                 | 1e-7",
            "1e23                                 | 1e+23",
            "333333333.33333329                   | 333333333.3333333",
            "1E30                                 | 1e+30",
            "4.50                                 | 4.5",
            "2e-3                                 | 0.002",
            "0.000000000000000000000000001        | 1e-27",
            "0.000001                             | 0.000001",
            "\"\\u00e9\\u000a\\u001f\\/\"         | \"é\\n\\u001f/\"",
            "` [ true , false , null ] `          | [true,false,null]",
            "\"\"                                 | \"\""})
    void writesTheRfc8785Form(String input, String expected) {
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1,2", "{} x", "{\"a\":1}}", "01", "-01", "1.", ".5", "+1", "1e", "0x10",
            "{\"a\":1,\"a\":2}", "{'a':1}", "{\"a\" 1}", "[1,]", "{\"a\":1,}", "\"unterminated", "\"bad \\x escape\"",
            "\"tab\tinside\"", "tru", "NaN", "Infinity", "[", "\"\\u12\""})
    void invalidJsonIsBadData(String input) {
        assertFailsWith(ExitCode.DATA, () -> canonical(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[[[[[[[[[1]]]]]]]]]]", "{\"a\":[{\"b\":{}}]}", "[]", "{}", "-1.5e-3", "\"😀\""})
    void canonicalFormIsStable(String input) {
        String once = canonical(input);
        assertThat(canonical(once)).isEqualTo(once);
    }

    @Property
    void aCanonicalNumberIsTheSameDouble(@ForAll double value) {
        Assume.that(Double.isFinite(value));

        assertThat(Double.parseDouble(canonical(Double.toString(value)))).isEqualTo(value == 0 ? 0.0 : value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "123456789012345678901234 | 1.2345678901234569e+23",
            "1e21                     | 1e+21",
            "1e20                     | 100000000000000000000",
            "0.0000001                | 1e-7",
            "5e-324                   | 5e-324",
            "1.7976931348623157e308   | 1.7976931348623157e+308",
            "-123.456e-10             | -1.23456e-8",
            "9007199254740993         | 9007199254740992",
            "0.1                      | 0.1"})
    void numbersTakeTheShortestClosestForm(String input, String expected) {
        assertThat(canonical(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e400", "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\u0041\""})
    void outOfRangeNumbersAndUnpairedSurrogatesAreBadData(String input) {
        assertFailsWith(ExitCode.DATA, () -> canonical(input));
    }

    @Test
    void bytesThatAreNotUtf8AreBadData() {
        assertFailsWith(ExitCode.DATA, () -> CanonicalJson.canonicalize(new byte[] {'"', (byte) 0xff, '"'}));
    }
}
