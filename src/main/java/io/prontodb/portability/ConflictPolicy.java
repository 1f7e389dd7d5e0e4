package io.prontodb.portability;

import io.prontodb.ProntoException;

/** What an import does with an entry whose address already holds one. */
public enum ConflictPolicy {
    REPLACE("replace"),
    SKIP("skip"),
    FAIL("fail");

    public final String label;

    ConflictPolicy(String label) {
        this.label = label;
    }

    public static ConflictPolicy parse(String text) {
        if (text == null) {
            return REPLACE;
        }
        for (ConflictPolicy policy : values()) {
            if (policy.label.equals(text)) {
                return policy;
            }
        }
        throw ProntoException.usage("unknown --on-conflict value: " + text, "use replace, skip or fail");
    }
}
