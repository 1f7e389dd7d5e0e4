package io.prontodb.security;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;

/** A read or write in a project that the credential's scopes do not cover (the server answers 403). */
public final class OutOfScope extends ProntoException {
    OutOfScope(String project, boolean write) {
        super(ExitCode.DENIED, "this credential may not " + (write ? "write" : "read") + " project '" + project + "'");
    }
}
