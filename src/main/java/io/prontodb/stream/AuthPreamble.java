package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.security.Credentials;

/**
 * Reads the authentication tokens that open a stream: {@code meta:sec:pass} then {@code meta:sec:user}, or
 * {@code meta:sec:apikey}, or {@code meta:sec:session}. Nothing else may come first when authentication is required.
 */
public final class AuthPreamble {
    static final String SECURITY_PREFIX = "meta:sec:";
    private static final String PASS = "meta:sec:pass";
    private static final String USER = "meta:sec:user";
    private static final String API_KEY = "meta:sec:apikey";
    private static final String SESSION = "meta:sec:session";
    private static final String HINT = "start the stream with 'meta:sec:apikey=KEY;', 'meta:sec:session=TOKEN;'"
            + " or 'meta:sec:pass=PASSWORD; meta:sec:user=NAME;'";

    /** The credentials presented (null when none were) and the first token after them (null at the end). */
    public record Result(Credentials credentials, Token next) {
    }

    private AuthPreamble() {
    }

    public static Result read(StreamTokenizer tokens, boolean required) {
        Token first = tokens.next();
        if (first == null || !first.text().startsWith(SECURITY_PREFIX)) {
            if (required) {
                throw denied("authentication required: the stream has no authentication preamble");
            }
            return new Result(null, first);
        }
        String value = valueOf(first);
        Credentials credentials = switch (first.name()) {
            case API_KEY -> new Credentials.ApiKey(value);
            case SESSION -> new Credentials.SessionToken(value);
            case PASS -> new Credentials.Password(userAfterPassword(tokens.next()), value.toCharArray());
            case USER -> throw denied("authentication preamble out of order: meta:sec:pass must come before meta:sec:user");
            default -> throw denied("unknown authentication directive: " + first.name());
        };
        return new Result(credentials, tokens.next());
    }

    private static String userAfterPassword(Token second) {
        if (second == null || !second.name().equals(USER)) {
            throw denied("authentication preamble incomplete: meta:sec:pass must be followed by meta:sec:user");
        }
        return valueOf(second);
    }

    private static String valueOf(Token token) {
        String value = token.value();
        if (value == null) {
            throw denied(token.name() + " needs a value: " + token.name() + "=...");
        }
        return value;
    }

    private static ProntoException denied(String message) {
        return new ProntoException(ExitCode.DENIED, message, HINT);
    }
}
