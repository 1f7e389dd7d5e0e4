package io.prontodb.address;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressParserTest {
    private final AddressParser dots = new AddressParser(new Scope("proj", "ns", Delimiter.DEFAULT));

    @Test
    void oneTwoAndThreePartAddresses() {
        assertThat(dots.parseKey("k", null)).isEqualTo(new Address("proj", "ns", "k", ""));
        assertThat(dots.parseKey("n.k", null)).isEqualTo(new Address("proj", "n", "k", ""));
        assertThat(dots.parseKey("p.n.k", null)).isEqualTo(new Address("p", "n", "k", ""));
        assertThat(dots.parseKey("p.n.k__c", null)).isEqualTo(new Address("p", "n", "k", "c"));
        assertThat(dots.parseKey("p.n.k", "c")).isEqualTo(new Address("p", "n", "k", "c"));
    }

    @Test
    void caseIsPreservedAndNothingIsTrimmed() {
        assertThat(dots.parseKey("P.Ns.KeY__CtX", null)).isEqualTo(new Address("P", "Ns", "KeY", "CtX"));
    }

    @Test
    void aNameOf255BytesIsAcceptedAnd256IsRefused() {
        String ascii255 = "k".repeat(255);
        String twoByte255 = "é".repeat(127) + "k";
        assertThat(dots.parseKey(ascii255, null).key()).isEqualTo(ascii255);
        assertThat(dots.parseKey(twoByte255, null).key()).isEqualTo(twoByte255);
        assertThat(dots.parseKey("p".repeat(255) + ".n.k", null).project()).hasSize(255);

        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("k".repeat(256), null));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("é".repeat(128), null));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("k", "c".repeat(256)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b.c.d", "a.b.c.d.e", ".n.k", "p..k", "p.n.", "k__", "__c", "a__b__c", "a___b",
            "k v", "k\tv", "k\u0000", "p\u0007.n.k", "p.n .k"})
    void invalidAddressesAreUsageErrors(String text) {
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey(text, null));
    }

    @Test
    void contextFlagIsRefusedWhenTheKeyHasOneOrItIsEmpty() {
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("k__c", "d"));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("k", ""));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseKey("k", "a__b"));
    }

    @Test
    void anotherDelimiterMakesTheDotAnOrdinaryCharacter() {
        AddressParser slashes = new AddressParser(new Scope("proj", "ns", new Delimiter('/')));

        assertThat(slashes.parseKey("p.x/n.y/k.z", null)).isEqualTo(new Address("p.x", "n.y", "k.z", ""));
        assertFailsWith(ExitCode.USAGE, () -> slashes.parseKey("a/b/c/d", null));
    }

    @Test
    void listTargetsArePathsOrPrefixes() {
        assertThat(dots.parseListTarget(null)).isEqualTo(new ListTarget(new NamespaceRef("proj", "ns"), ""));
        assertThat(dots.parseListTarget("a%_")).isEqualTo(new ListTarget(new NamespaceRef("proj", "ns"), "a%_"));
        assertThat(dots.parseListTarget("p.n")).isEqualTo(new ListTarget(new NamespaceRef("p", "n"), ""));
        assertThat(dots.parseListTarget("p.n.pre")).isEqualTo(new ListTarget(new NamespaceRef("p", "n"), "pre"));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseListTarget("p.n.k.x"));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseListTarget("p..k"));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseListTarget("a b"));
    }

    @Test
    void namespaceAddressesHaveAtMostTwoParts() {
        assertThat(dots.parseNamespace("n")).isEqualTo(new NamespaceRef("proj", "n"));
        assertThat(dots.parseNamespace("p.n")).isEqualTo(new NamespaceRef("p", "n"));
        assertFailsWith(ExitCode.USAGE, () -> dots.parseNamespace("p.n.k"));
    }
}
