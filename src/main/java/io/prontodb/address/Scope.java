package io.prontodb.address;

/** The current project, namespace and delimiter that short addresses are resolved against. */
public record Scope(String project, String namespace, Delimiter delimiter) {
}
