package io.prontodb.stream;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a stream into tokens as it is read, holding one token at a time: tokens end at an unescaped {@code ;}
 * or newline; unescaped spaces, tabs and CRs around a token are dropped; empty tokens are skipped.
 * Escapes: {@code \;} {@code \\} {@code \n} {@code \t}, and {@code \r} and {@code \s} (space) so that every
 * value, including one with whitespace at its ends, can be written. A token longer than {@link #MAX_TOKEN_CHARS}
 * is refused as bad data rather than grown until memory runs out.
 */
public final class StreamTokenizer {
    public static final String ESCAPES_HINT = "escapes: \\; \\\\ \\n \\t \\r \\s (space)";
    /** 128 Mi characters: a 100 MiB value fits; a stream with no separator at all is stopped long before memory. */
    public static final int MAX_TOKEN_CHARS = 1 << 27;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int maxTokenChars;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private final StringBuilder token = new StringBuilder();
    private boolean endOfInput;
    private boolean malformed;
    private boolean decoded;
    private int count;

    public StreamTokenizer(InputStream in) {
        this(in, MAX_TOKEN_CHARS);
    }

    StreamTokenizer(InputStream in, int maxTokenChars) {
        this.in = in;
        this.maxTokenChars = maxTokenChars;
    }

    /** The next token, or null at the end of the stream. */
    public Token next() {
        token.setLength(0);
        // length of the token up to its last character that is not trimmable whitespace
        int significant = 0;
        while (true) {
            int c = read();
            if (c < 0 || c == ';' || c == '\n') {
                if (significant > 0) {
                    token.setLength(significant);
                    return new Token(++count, token.toString());
                }
                if (c < 0) {
                    return null;
                }
                token.setLength(0);
            } else if (c == '\\') {
                token.append(unescape(read()));
                significant = token.length();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                if (token.length() > 0) {
                    token.append((char) c);
                }
            } else {
                token.append((char) c);
                significant = token.length();
            }
            if (token.length() > maxTokenChars) {
                throw new StreamSyntaxException(count + 1, "token longer than the limit of " + maxTokenChars
                        + " characters", "end each key=value with ';' or a newline");
            }
        }
    }

    private char unescape(int c) {
        return switch (c) {
            case ';' -> ';';
            case '\\' -> '\\';
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 's' -> ' ';
            case -1 -> throw new StreamSyntaxException(count + 1, "backslash at the end of the stream", ESCAPES_HINT);
            default -> throw new StreamSyntaxException(count + 1, "unknown escape '\\" + (char) c + "'", ESCAPES_HINT);
        };
    }

    private int read() {
        if (!chars.hasRemaining() && !refill()) {
            return -1;
        }
        return chars.get();
    }

    /**
     * Decodes more input; false at its end. The characters before a malformed byte are handed out first, so the
     * tokens before it (and the segment they complete) are applied and the error names the token that holds it.
     */
    private boolean refill() {
        if (decoded) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (malformed) {
                    throw new StreamSyntaxException(count + 1, "the stream is not valid UTF-8", null);
                }
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    malformed = true;
                } else if (endOfInput) {
                    decoder.flush(chars);
                    decoded = true;
                    break;
                } else if (result.isUnderflow() && chars.position() == 0) {
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read stdin: " + IoErrors.why(e));
        }
        chars.flip();
        return chars.hasRemaining();
    }
}
