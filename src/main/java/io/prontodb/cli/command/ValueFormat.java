package io.prontodb.cli.command;

import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.Base64Values;
import io.prontodb.portability.CanonicalJson;
import java.nio.charset.StandardCharsets;

/** How values are shown: --json canonicalises, --b64 encodes. */
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
}
