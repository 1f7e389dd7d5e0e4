package io.prontodb.store.sqlite;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinedNamesTest {
    private static final byte[] VALUE = {0, 0x1f, (byte) 0xff};

    private final JoinedNames names = new JoinedNames(Path.of("pronto.db"));

    @Test
    void splitsTheFourNamesAndTheExpiryAndReusesRepeatedNames() {
        Entry first = names.entry(joined("p\u001fn\u001fk1\u001f\u001f"), VALUE);
        Entry second = names.entry(joined("p\u001fn\u001fk2\u001fctx\u001f1767225600000"), VALUE);
        Entry third = names.entry(joined("p\u001fné\u001fk3\u001f\u001f-5"), VALUE);

        assertThat(first.address()).isEqualTo(new Address("p", "n", "k1", ""));
        assertThat(first.expiresAt()).isNull();
        assertThat(first.value()).isSameAs(VALUE);
        assertThat(second.address()).isEqualTo(new Address("p", "n", "k2", "ctx"));
        assertThat(second.expiresAt()).isEqualTo(1767225600000L);
        assertThat(third.address()).isEqualTo(new Address("p", "né", "k3", ""));
        assertThat(third.expiresAt()).isEqualTo(-5L);
        assertThat(second.address().project()).isSameAs(first.address().project());
        assertThat(second.address().namespace()).isSameAs(first.address().namespace());
    }

    @Test
    void aRowWithoutContextAndExpiryJoinsOnlyProjectNamespaceAndKey() {
        Entry entry = names.entry(joined("p\u001fn\u001fk"), VALUE);

        assertThat(entry.address()).isEqualTo(new Address("p", "n", "k", ""));
        assertThat(entry.expiresAt()).isNull();
        assertThat(entry.value()).isSameAs(VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "p", "p\u001fn", "p\u001fn\u001fk\u001fc",
            "p\u001fn\u001fk\u001fc\u001fextra\u001f", "p\u001fn\u001fk\u001fc\u001f1.5", "p\u001fn\u001fk\u001fc\u001fx"})
    void anythingButThreeNamesOrFourAndAnIntegerIsBadData(String text) {
        assertFailsWith(ExitCode.DATA, () -> names.entry(joined(text), VALUE));
    }

    private static byte[] joined(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
