package io.prontodb.security;

/** One scope entry of an API key: a project (or {@code *} for every project), read-only or read-write. */
public record ProjectGrant(String project, boolean writable) {
    public static final String ANY_PROJECT = "*";

    public boolean covers(String candidate) {
        return project.equals(ANY_PROJECT) || project.equals(candidate);
    }

    /** The form users write and {@code list-apikeys} shows: {@code PROJECT:ro} or {@code PROJECT:rw}. */
    @Override
    public String toString() {
        return project + (writable ? ":rw" : ":ro");
    }
}
