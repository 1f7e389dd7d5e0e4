package io.prontodb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that code fails the way the product reports failures: a {@link ProntoException} with an exit code. */
public final class Failures {
    private Failures() {
    }

    public static ProntoException assertFailsWith(ExitCode expected, ThrowingCallable call) {
        ProntoException[] caught = new ProntoException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(ProntoException.class, e -> caught[0] = e);
        assertThat(caught[0].exitCode())
                .as("exit code of: %s", caught[0].getMessage()).isEqualTo(expected);
        return caught[0];
    }
}
