package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EcmaNumberTest {

    /** Values checked against ECMAScript's (123456789012345678901234).toString() and friends. */
    @ParameterizedTest
    @CsvSource({
            "123456789012345678901234, 1.2345678901234569e+23",
            "0.30000000000000004, 0.30000000000000004",
            "5e-324, 5e-324",
            "1e21, 1e+21",
            "999999999999999900000, 999999999999999900000",
            "0.000001, 0.000001",
            "1.5e-7, 1.5e-7",
            "-2, -2",
            "9.007199254740993E15, 9007199254740992",
            "4.35, 4.35",
            "2.2250738585072014E-308, 2.2250738585072014e-308"})
    void printsWhatEcmaScriptPrints(double value, String expected) {
        assertThat(EcmaNumber.format(value)).isEqualTo(expected);
    }

    @Test
    void everyPrintedNumberReadsBackAsTheSameDouble() {
        Random random = new Random(8785);
        for (int i = 0; i < 50_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                assertThat(Double.parseDouble(EcmaNumber.format(value))).isEqualTo(value == 0 ? 0.0 : value);
            }
        }
    }

    /** From JDK 19 on, Double.toString gives the shortest, closest digits too (JDK-4511638): the same digits. */
    @Test
    @EnabledForJreRange(min = JRE.JAVA_19)
    void takesTheSameDigitsAsTheShortestDoubleToString() {
        Random random = new Random(19);
        for (int i = 0; i < 50_000; i++) {
            double value = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (Double.isFinite(value) && value != 0) {
                assertThat(digits(EcmaNumber.format(value))).as("%s", value).isEqualTo(digits(Double.toString(value)));
            }
        }
    }

    private static String digits(String number) {
        return new BigDecimal(number.replace("e+", "e")).stripTrailingZeros().unscaledValue().toString();
    }
}
