package io.prontodb.portability;

import io.prontodb.ProntoException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Strict standard base64 (RFC 4648, with padding) for values given or shown with {@code --b64}. */
public final class Base64Values {
    private Base64Values() {
    }

    public static byte[] decode(byte[] text) {
        String trimmed = new String(text, StandardCharsets.US_ASCII).strip();
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw ProntoException.badData("value is not valid base64: " + e.getMessage());
        }
        // The JDK decoder accepts missing padding and non-zero pad bits; only the one canonical spelling is strict.
        if (!encode(decoded).equals(trimmed)) {
            throw ProntoException.badData("value is not valid base64: missing padding or non-zero pad bits");
        }
        return decoded;
    }

    public static String encode(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }
}
