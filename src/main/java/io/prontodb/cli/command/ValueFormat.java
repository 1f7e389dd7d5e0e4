package io.prontodb.cli.command;

import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.Base64Values;
import io.prontodb.portability.CanonicalJson;
import io.prontodb.portability.JsonText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/** How values are shown: --json canonicalises, --b64 encodes; and how listings put a value into JSON. */
final class ValueFormat {
    private ValueFormat() {
    }

    static byte[] forOutput(Invocation inv, byte[] value) {
        if (inv.has(Flag.JSON)) {
            value = CanonicalJson.canonicalize(value);
        }
        if (inv.has(Flag.B64)) {
            value = Base64Values.encode(value).getBytes(StandardCharsets.US_ASCII);
        }
        return value;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The JSON members for a value in a listing: {@code "value"} holding the text when it is UTF-8 (and --b64 was
     * not asked for), otherwise {@code "value_b64"}, so every value is exact.
     */
    static String[] jsonMember(Invocation inv, byte[] value) {
        if (!inv.has(Flag.B64)) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(value)).toString();
                return new String[] {"value", JsonText.string(text)};
            } catch (CharacterCodingException notText) {
                // fall through to base64
            }
        }
        return new String[] {"value_b64", JsonText.string(Base64Values.encode(value))};
    }
}
