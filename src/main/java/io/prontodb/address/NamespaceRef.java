package io.prontodb.address;

/**
 * A project and namespace pair. Equality is spelled out: a record's generated {@code equals} and {@code hashCode}
 * link method handles on their first call, which the start-up cache does not keep (about 5 ms of every {@code set},
 * where this is a map key).
 */
public record NamespaceRef(String project, String namespace) {

    @Override
    public boolean equals(Object other) {
        return other instanceof NamespaceRef ref && project.equals(ref.project) && namespace.equals(ref.namespace);
    }

    @Override
    public int hashCode() {
        return 31 * project.hashCode() + namespace.hashCode();
    }

    public String format(Delimiter delimiter) {
        return project + delimiter + namespace;
    }
}
