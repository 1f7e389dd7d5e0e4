package io.prontodb.server;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.security.OutOfScope;

/** A failure whose HTTP status is not the one its exit code maps to (413 body, 404 route, 405 method), or
 * is out of a credential's scope (403). */
final class HttpFailure extends ProntoException {
    final int status;

    HttpFailure(int status, ExitCode exitCode, String message) {
        super(exitCode, message);
        this.status = status;
    }

    static HttpFailure tooLarge(long limit) {
        return new HttpFailure(413, ExitCode.DATA, "request body is larger than the limit of " + limit + " bytes");
    }

    /** The status for any failure: its own, else the one its exit code maps to (SPEC 10). */
    static int statusOf(ProntoException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpFailure f) {
                return f.status;
            }
            if (t instanceof OutOfScope) {
                return 403;
            }
        }
        return switch (e.exitCode()) {
            case USAGE, DATA -> 400;
            case DENIED -> 401;
            case MISS -> 404;
            case BUSY -> 503;
            default -> 500;
        };
    }
}
