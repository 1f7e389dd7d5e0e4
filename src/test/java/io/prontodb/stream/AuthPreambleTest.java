package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.security.Credentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuthPreambleTest {

    private static AuthPreamble.Result read(String stream, boolean required) {
        return AuthPreamble.read(new StreamTokenizer(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8))),
                required);
    }

    private static void assertDenied(String stream, String messagePart) {
        assertThatThrownBy(() -> read(stream, true))
                .isInstanceOfSatisfying(ProntoException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.DENIED);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    @Test
    void passwordThenUserGivesPasswordCredentialsAndTheNextToken() {
        AuthPreamble.Result result = read("meta:sec:pass=s\\;cret; meta:sec:user=bob; a=1", true);
        assertThat(result.credentials()).isInstanceOfSatisfying(Credentials.Password.class, p -> {
            assertThat(p.user()).isEqualTo("bob");
            assertThat(new String(p.password())).isEqualTo("s;cret");
        });
        assertThat(result.next()).isEqualTo(new Token(3, "a=1"));
    }

    @Test
    void apiKeyAndSessionAreOneTokenEach() {
        assertThat(read("meta:sec:apikey=K1\na=1", true).credentials()).isEqualTo(new Credentials.ApiKey("K1"));
        AuthPreamble.Result session = read("meta:sec:session=T1", true);
        assertThat(session.credentials()).isEqualTo(new Credentials.SessionToken("T1"));
        assertThat(session.next()).isNull();
    }

    @Test
    void reversedIncompleteMissingOrUnknownPreambleIsDenied() {
        assertDenied("meta:sec:user=bob; meta:sec:pass=x; a=1", "out of order");
        assertDenied("meta:sec:pass=x; a=1", "must be followed by meta:sec:user");
        assertDenied("meta:sec:pass=x", "must be followed by meta:sec:user");
        assertDenied("a=1; meta:sec:apikey=K", "no authentication preamble");
        assertDenied("", "no authentication preamble");
        assertDenied("meta:sec:token=x", "unknown authentication directive");
        assertDenied("meta:sec:apikey", "needs a value");
    }

    @Test
    void withoutRequirementAStreamMayStartWithData() {
        AuthPreamble.Result result = read("a=1", false);
        assertThat(result.credentials()).isNull();
        assertThat(result.next()).isEqualTo(new Token(1, "a=1"));
    }

    @Test
    void aPreambleIsStillReadWhenNotRequired() {
        assertThat(read("meta:sec:apikey=K; a=1", false).credentials()).isEqualTo(new Credentials.ApiKey("K"));
        assertThatThrownBy(() -> read("meta:sec:user=bob; meta:sec:pass=x", false))
                .isInstanceOfSatisfying(ProntoException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.DENIED));
    }
}
