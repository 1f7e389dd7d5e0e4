package io.prontodb.address;

/** One key: project, namespace, key and context ({@code ""} when the key has none). */
public record Address(String project, String namespace, String key, String context) {

    public Address {
        if (context == null) {
            throw new IllegalArgumentException("context is never null; use \"\"");
        }
    }

    public boolean hasContext() {
        return !context.isEmpty();
    }

    /** The key part as users write it: {@code key} or {@code key__context}. */
    public String keyPart() {
        return hasContext() ? key + NameRules.CONTEXT_SEPARATOR + context : key;
    }

    public String format(Delimiter delimiter) {
        return project + delimiter + namespace + delimiter + keyPart();
    }
}
