package io.prontodb.address;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.util.Collections;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AddressParserProperties {

    record Case(Delimiter delimiter, Address address) {
    }

    @Provide
    Arbitrary<Case> addresses() {
        return Names.delimiter().flatMap(d -> Combinators.combine(
                Names.name(d), Names.name(d), Names.keyName(d),
                Arbitraries.oneOf(Arbitraries.just(""), Names.keyName(d)))
                .as((p, n, k, c) -> new Case(d, new Address(p, n, k, c))));
    }

    private static AddressParser parser(Delimiter delimiter) {
        return new AddressParser(new Scope("cur-p", "cur-n", delimiter));
    }

    @Property
    void formatThenParseGivesTheSameAddress(@ForAll("addresses") Case c) {
        String text = c.address().format(c.delimiter());

        assertThat(parser(c.delimiter()).parseKey(text, null)).isEqualTo(c.address());
    }

    @Property
    void shortAddressesResolveAgainstTheCurrentScope(@ForAll("addresses") Case c) {
        Address a = c.address();
        String d = c.delimiter().toString();
        AddressParser parser = parser(c.delimiter());

        assertThat(parser.parseKey(a.namespace() + d + a.keyPart(), null))
                .isEqualTo(new Address("cur-p", a.namespace(), a.key(), a.context()));
        assertThat(parser.parseKey(a.keyPart(), null))
                .isEqualTo(new Address("cur-p", "cur-n", a.key(), a.context()));
    }

    @Property
    void contextFlagEqualsWritingTheContextSuffix(@ForAll("addresses") Case c) {
        Address a = c.address();
        String d = c.delimiter().toString();
        String withoutContext = a.project() + d + a.namespace() + d + a.key();
        String context = a.hasContext() ? a.context() : "ctx";

        assertThat(parser(c.delimiter()).parseKey(withoutContext, context))
                .isEqualTo(parser(c.delimiter()).parseKey(withoutContext + "__" + context, null));
    }

    @Property
    void fourOrMorePartsAreRefused(@ForAll("addresses") Case c, @ForAll @IntRange(min = 1, max = 3) int extra) {
        String d = c.delimiter().toString();
        String text = c.address().format(c.delimiter()) + String.join("", Collections.nCopies(extra, d + "x"));

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(text, null));
    }

    @Property
    void anEmptyPartIsRefused(@ForAll("addresses") Case c, @ForAll @IntRange(min = 0, max = 2) int emptied) {
        Address a = c.address();
        String[] parts = {a.project(), a.namespace(), a.keyPart()};
        parts[emptied] = "";
        String text = String.join(c.delimiter().toString(), parts);

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(text, null));
    }

    @Provide
    Arbitrary<String> whitespaceOrControl() {
        return Arbitraries.of(" ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "\u3000", "\u2028",
                "\u0000", "\u0001", "\u001b", "\u007f", "\u0085", "\u009f");
    }

    @Property
    void whitespaceOrControlCharactersAnywhereAreRefused(@ForAll("addresses") Case c,
                                                         @ForAll("whitespaceOrControl") String bad,
                                                         @ForAll @IntRange(min = 0, max = 3) int part,
                                                         @ForAll @IntRange(min = 0, max = 100) int position) {
        Address a = c.address();
        String[] parts = {a.project(), a.namespace(), a.key(), a.hasContext() ? a.context() : "ctx"};
        String name = parts[part];
        int at = name.offsetByCodePoints(0, position % (name.codePointCount(0, name.length()) + 1));
        parts[part] = name.substring(0, at) + bad + name.substring(at);
        String d = c.delimiter().toString();
        String text = parts[0] + d + parts[1] + d + parts[2] + "__" + parts[3];

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(text, null));
    }

    @Property
    void namesLongerThan255BytesAreRefusedInEveryPart(@ForAll("addresses") Case c,
                                                      @ForAll @IntRange(min = 0, max = 3) int part) {
        Address a = c.address();
        String[] parts = {a.project(), a.namespace(), a.key(), a.hasContext() ? a.context() : "ctx"};
        String name = parts[part];
        parts[part] = name + "é".repeat(128);
        String d = c.delimiter().toString();
        String text = parts[0] + d + parts[1] + d + parts[2] + "__" + parts[3];

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(text, null));
    }

    @Property
    void aSecondContextSeparatorIsRefused(@ForAll("addresses") Case c) {
        Address a = c.address();
        String d = c.delimiter().toString();
        String text = a.project() + d + a.namespace() + d + a.key() + "__x__" + (a.hasContext() ? a.context() : "y");

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(text, null));
    }

    @Property
    void theDelimiterIsRefusedInsideFlagGivenNames(@ForAll("addresses") Case c) {
        Address a = c.address();
        String d = c.delimiter().toString();

        assertFailsWith(ExitCode.USAGE, () -> parser(c.delimiter()).parseKey(a.key(), "ctx" + d + "x"));
        assertFailsWith(ExitCode.USAGE, () -> NameRules.check("project", a.project() + d, c.delimiter()));
    }
}
