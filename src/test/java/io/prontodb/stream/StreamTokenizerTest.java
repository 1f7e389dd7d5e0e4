package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamTokenizerTest {

    static List<Token> tokens(byte[] input) {
        return tokens(new ByteArrayInputStream(input));
    }

    static List<Token> tokens(String input) {
        return tokens(input.getBytes(StandardCharsets.UTF_8));
    }

    static List<Token> tokens(InputStream input) {
        StreamTokenizer tokenizer = new StreamTokenizer(input);
        List<Token> out = new ArrayList<>();
        for (Token t = tokenizer.next(); t != null; t = tokenizer.next()) {
            out.add(t);
        }
        return out;
    }

    @Test
    void splitsOnSemicolonsAndNewlinesAndTrimsAroundTokens() {
        assertThat(tokens("  a=1 ;b=2\n\tc = 3 \r\n;;\n d=x y  "))
                .extracting(Token::text)
                .containsExactly("a=1", "b=2", "c = 3", "d=x y");
    }

    @Test
    void numbersTokensFromOneSkippingEmptyOnes() {
        assertThat(tokens(";;a=1;\n\nb=2")).extracting(Token::number).containsExactly(1, 2);
    }

    @Test
    void resolvesEscapesAndKeepsEscapedWhitespaceAtTheEnds() {
        assertThat(tokens("k=a\\;b\\\\c\\nd\\te\\r\\s;  k2=\\s x \\s  "))
                .extracting(Token::text)
                .containsExactly("k=a;b\\c\nd\te\r ", "k2=  x  ");
    }

    @Test
    void splitsNameAndValueAtTheFirstEquals() {
        Token token = tokens("key__ctx=a=b").get(0);
        assertThat(token.name()).isEqualTo("key__ctx");
        assertThat(token.value()).isEqualTo("a=b");
        assertThat(tokens("novalue").get(0).value()).isNull();
    }

    @Test
    void unknownEscapeIsBadDataNamingTheToken() {
        assertThatThrownBy(() -> tokens("a=1;b=\\x"))
                .isInstanceOfSatisfying(StreamSyntaxException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DATA);
                    assertThat(e.tokenNumber()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("\\x");
                });
    }

    @Test
    void trailingBackslashAndInvalidUtf8AreBadData() {
        assertThatThrownBy(() -> tokens("a=\\")).isInstanceOf(StreamSyntaxException.class);
        assertThatThrownBy(() -> tokens(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(StreamSyntaxException.class,
                        e -> assertThat(e.getMessage()).contains("UTF-8"));
    }

    @Test
    void readsIncrementallyWithoutWaitingForTheEndOfInput() {
        // An endless input: if the tokenizer read everything first, this would never return.
        InputStream endless = new InputStream() {
            private final byte[] unit = "k=v;".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                return unit[(int) (position++ % unit.length)];
            }
        };
        StreamTokenizer tokenizer = new StreamTokenizer(endless);
        for (int i = 1; i <= 100_000; i++) {
            assertThat(tokenizer.next()).isEqualTo(new Token(i, "k=v"));
        }
    }

    @Test
    void aTokenAtTheLengthLimitIsReadAndOneCharacterMoreIsBadData() {
        int cap = 10_000;
        String atLimit = "k=" + "v".repeat(cap - 2);
        StreamTokenizer tokenizer = new StreamTokenizer(
                new ByteArrayInputStream((atLimit + ";" + atLimit + "w;").getBytes(StandardCharsets.US_ASCII)), cap);

        assertThat(tokenizer.next()).isEqualTo(new Token(1, atLimit));
        assertThatThrownBy(tokenizer::next)
                .isInstanceOfSatisfying(StreamSyntaxException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DATA);
                    assertThat(e.tokenNumber()).isEqualTo(2);
                    assertThat(e.getMessage()).isEqualTo("token longer than the limit of " + cap + " characters");
                });
    }

    @Test
    void anEndlessTokenIsStoppedAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> new StreamTokenizer(endless, 50_000).next())
                .isInstanceOf(StreamSyntaxException.class);
    }
}
