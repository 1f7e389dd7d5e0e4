package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;

/** A token that cannot be read (bad escape, invalid UTF-8): exit 65, with the number of the token. */
public final class StreamSyntaxException extends ProntoException {
    private final int tokenNumber;

    StreamSyntaxException(int tokenNumber, String message, String hint) {
        super(ExitCode.DATA, message, hint);
        this.tokenNumber = tokenNumber;
    }

    public int tokenNumber() {
        return tokenNumber;
    }
}
