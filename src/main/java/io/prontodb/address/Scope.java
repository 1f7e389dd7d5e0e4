package io.prontodb.address;

/**
 * The current project, namespace and delimiter that short addresses are resolved against, and whether the project
 * and namespace were given explicitly (by {@code -p}/{@code -n}): explicit ones may not be named again in an address.
 */
public record Scope(String project, String namespace, Delimiter delimiter, boolean projectGiven, boolean namespaceGiven) {

    public Scope(String project, String namespace, Delimiter delimiter) {
        this(project, namespace, delimiter, false, false);
    }
}
