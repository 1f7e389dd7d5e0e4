package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;

/** What every run must look like: success quietly, or one error line (plus an optional hint) and the exit code. */
final class Expect {
    private Expect() {
    }

    static Result ok(Result result) {
        assertThat(result.code()).as("%s", result).isZero();
        assertThat(result.stderr()).as("%s", result).isEmpty();
        return result;
    }

    static Result error(Result result, int code) {
        assertThat(result.code()).as("%s", result).isEqualTo(code);
        assertThat(result.stdout()).as("stdout of a failed run").isEmpty();
        assertThat(result.stderr()).as("%s", result)
                .matches("prontodb: error: [^\\n]+\\n(hint: [^\\n]+\\n)?")
                .doesNotContain("Exception", "\tat ");
        return result;
    }
}
