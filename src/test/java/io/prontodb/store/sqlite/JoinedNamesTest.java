package io.prontodb.store.sqlite;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinedNamesTest {
    private final JoinedNames names = new JoinedNames(Path.of("pronto.db"));

    @Test
    void splitsTheFourNamesAndReusesRepeatedOnes() {
        Address first = names.address(joined("p\u001fn\u001fk1\u001f"));
        Address second = names.address(joined("p\u001fn\u001fk2\u001fctx"));
        Address third = names.address(joined("p\u001fné\u001fk3\u001f"));

        assertThat(first).isEqualTo(new Address("p", "n", "k1", ""));
        assertThat(second).isEqualTo(new Address("p", "n", "k2", "ctx"));
        assertThat(third).isEqualTo(new Address("p", "né", "k3", ""));
        assertThat(second.project()).isSameAs(first.project());
        assertThat(second.namespace()).isSameAs(first.namespace());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p", "p\u001fn", "p\u001fn\u001fk", "p\u001fn\u001fk\u001fc\u001fextra"})
    void anythingButFourNamesIsBadData(String text) {
        assertFailsWith(ExitCode.DATA, () -> names.address(joined(text)));
    }

    private static byte[] joined(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
