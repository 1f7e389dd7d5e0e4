package io.prontodb.address;

/** A project and namespace pair. */
public record NamespaceRef(String project, String namespace) {

    public String format(Delimiter delimiter) {
        return project + delimiter + namespace;
    }
}
