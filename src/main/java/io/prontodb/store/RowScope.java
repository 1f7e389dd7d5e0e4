package io.prontodb.store;

/**
 * Which rows a bulk read covers: everything, one project, one namespace, or the keys of a namespace that start
 * with {@code keyPrefix}. A null project means every project; a null namespace, every namespace of the project.
 */
public record RowScope(String project, String namespace, String keyPrefix) {
    public static final RowScope ALL = new RowScope(null, null, "");

    public RowScope {
        if (project == null && namespace != null || namespace == null && !keyPrefix.isEmpty()) {
            throw new IllegalArgumentException("a namespace needs its project, a key prefix its namespace");
        }
    }
}
