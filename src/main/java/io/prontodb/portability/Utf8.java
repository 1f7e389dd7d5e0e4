package io.prontodb.portability;

import java.nio.charset.StandardCharsets;

/** Byte-level UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF). */
public final class Utf8 {
    private Utf8() {
    }

    /** The length of the valid UTF-8 sequence that starts at {@code i}, or 0 when the byte there starts none. */
    public static int sequenceLength(byte[] bytes, int i, int end) {
        int lead = bytes[i] & 0xff;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int secondMin = 0x80;
        int secondMax = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0) {
                secondMin = 0xa0;
            } else if (lead == 0xed) {
                secondMax = 0x9f;
            }
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0) {
                secondMin = 0x90;
            } else if (lead == 0xf4) {
                secondMax = 0x8f;
            }
        } else {
            return 0;
        }
        if (i + length > end) {
            return 0;
        }
        int second = bytes[i + 1] & 0xff;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if ((bytes[i + k] & 0xc0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    public static boolean isValid(byte[] bytes) {
        for (int i = 0; i < bytes.length; ) {
            int length = sequenceLength(bytes, i, bytes.length);
            if (length == 0) {
                return false;
            }
            i += length;
        }
        return true;
    }

    /** The text of {@code bytes}, or null when they are not valid UTF-8. */
    public static String decodeOrNull(byte[] bytes) {
        return isValid(bytes) ? new String(bytes, StandardCharsets.UTF_8) : null;
    }
}
