package io.prontodb.portability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns names into file-system path segments and back. The UTF-8 bytes of a name are kept, except that
 * {@code %}, {@code /}, {@code \}, NUL and other control bytes, the characters Windows reserves
 * ({@code < > : " | ? *}) and a leading {@code .} are written {@code %HH}. A segment is therefore never empty,
 * never {@code .} or {@code ..}, never hidden, and never holds a separator: it cannot leave its directory.
 * Directory segments also never end in {@code .json} (that dot is encoded), so a context directory cannot take
 * the name of a key's file.
 */
public final class FsNameCodec {
    public static final String FILE_SUFFIX = ".json";
    private static final String RESERVED = "%/\\<>:\"|?*";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private FsNameCodec() {
    }

    public static String fileName(String key) {
        return encode(key) + FILE_SUFFIX;
    }

    public static String directoryName(String name) {
        String encoded = encode(name);
        if (encoded.endsWith(FILE_SUFFIX)) {
            int dot = encoded.length() - FILE_SUFFIX.length();
            return encoded.substring(0, dot) + "%2E" + encoded.substring(dot + 1);
        }
        return encoded;
    }

    static String encode(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        int runStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean unsafe = b < 0x20 || b == 0x7f || RESERVED.indexOf(b) >= 0 || (i == 0 && b == '.');
            if (unsafe) {
                out.append(new String(bytes, runStart, i - runStart, StandardCharsets.UTF_8))
                        .append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
                runStart = i + 1;
            }
        }
        return out.append(new String(bytes, runStart, bytes.length - runStart, StandardCharsets.UTF_8)).toString();
    }

    /** The name a segment encodes; {@link IllegalArgumentException} when it is not one this codec writes. */
    public static String decode(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '%') {
                out.write(bytes[i]);
                continue;
            }
            int high = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
            int low = i + 2 < bytes.length ? Character.digit(bytes[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("'%' must be followed by two hex digits");
            }
            out.write(high << 4 | low);
            i += 2;
        }
        String name = Utf8.decodeOrNull(out.toByteArray());
        if (name == null) {
            throw new IllegalArgumentException("does not decode to UTF-8");
        }
        return name;
    }
}
