package io.prontodb.portability;

import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.erdtman.jcs.JsonCanonicalizer;

/** Validates JSON and writes it in the RFC 8785 (JCS) canonical form. Loaded only when --json is used. */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    public static byte[] canonicalize(byte[] json) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProntoException.badData("value is not valid JSON: not UTF-8");
        }
        JsonSyntax.check(text);
        try {
            // The library takes only an object or array at the top; RFC 8259 allows any value, so wrap the one
            // value (JsonSyntax made sure there is exactly one) in an array and unwrap the result.
            byte[] wrapped = new JsonCanonicalizer("[" + text + "]").getEncodedUTF8();
            return Arrays.copyOfRange(wrapped, 1, wrapped.length - 1);
        } catch (IOException | RuntimeException e) {
            throw ProntoException.badData("value is not valid JSON: " + e.getMessage());
        }
    }
}
