package io.prontodb.portability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double the way ECMAScript's Number.prototype.toString does, as RFC 8785 requires: the shortest digit
 * string that reads back as the same double (the closest one when several are that short), in plain notation for
 * magnitudes from 1e-7 up to 1e21 and in exponent notation outside. Computed with BigDecimal rather than
 * Double.toString, which before JDK 19 could print a 17th digit that is not the closest.
 */
final class EcmaNumber {
    private static final int MAX_DIGITS = 17;

    private EcmaNumber() {
    }

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("NaN and Infinity have no JSON form");
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortestDecimal(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /**
     * The fewest significant digits that read back as {@code value} (positive), without trailing zeros. At each
     * length both neighbours of the value are tried, the closer first: next to a power of two the doubles around
     * the value are not evenly spaced, so the nearer neighbour may miss while the farther one still reads back.
     */
    private static BigDecimal shortestDecimal(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_DIGITS; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == value) {
                return nearest.stripTrailingZeros();
            }
            RoundingMode away = nearest.compareTo(exact) < 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal other = exact.round(new MathContext(precision, away));
            if (other.doubleValue() == value) {
                return other.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("17 significant digits always read back as the same double");
    }
}
