package io.prontodb.cli;

import static io.prontodb.testing.Failures.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgParserTest {

    private static ParsedArgs parse(String... args) {
        return ArgParser.parse(args);
    }

    @Test
    void flagsMayStandBeforeOrAfterTheCommandWord() {
        ParsedArgs before = parse("-p", "a", "--namespace", "b", "set", "k", "v");
        ParsedArgs after = parse("set", "k", "v", "-p", "a", "--namespace", "b");
        ParsedArgs between = parse("set", "-p", "a", "k", "--namespace", "b", "v");

        assertThat(before).isEqualTo(after).isEqualTo(between);
        assertThat(before.words()).containsExactly("set", "k", "v");
        assertThat(before.flags()).isEqualTo(Map.of(Flag.PROJECT, "a", Flag.NAMESPACE, "b"));
        assertThat(before.commandName()).isEqualTo("set");
        assertThat(before.operands()).containsExactly("k", "v");
    }

    @Test
    void doubleDashEndsFlagParsing() {
        ParsedArgs args = parse("set", "--raw", "--", "k", "-v", "--json", "--");

        assertThat(args.words()).containsExactly("set", "k", "-v", "--json", "--");
        assertThat(args.flags()).containsOnlyKeys(Flag.RAW);
    }

    @Test
    void longFlagsTakeTheirValueAfterAnEqualsSign() {
        ParsedArgs args = parse("--ns-delim=/", "--context=a=b", "--db=", "get", "k");

        assertThat(args.value(Flag.NS_DELIM)).isEqualTo("/");
        assertThat(args.value(Flag.CONTEXT)).isEqualTo("a=b");
        assertThat(args.value(Flag.DB)).isEmpty();
    }

    @Test
    void aValueMayLookLikeAFlagWhenItFollowsAFlagThatTakesOne() {
        assertThat(parse("set", "k", "-p", "-x").value(Flag.PROJECT)).isEqualTo("-x");
    }

    @Test
    void aLoneDashIsAWord() {
        assertThat(parse("set", "k", "-").words()).containsExactly("set", "k", "-");
    }

    @Test
    void flagsWithoutValuesAreRecorded() {
        ParsedArgs args = parse("get", "k", "--raw", "-l", "-h", "--include-expired");

        assertThat(args.flags().keySet())
                .containsExactlyInAnyOrder(Flag.RAW, Flag.LONG, Flag.HELP, Flag.INCLUDE_EXPIRED);
        assertThat(parse().words()).isEqualTo(List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "-x", "-5", "--RAW", "-pa", "---", "--raw=1", "-p=a"})
    void unknownFlagsAndMisusedOnesAreUsageErrors(String flag) {
        assertFailsWith(ExitCode.USAGE, () -> parse("set", "k", flag));
    }

    @Test
    void aFlagMissingItsValueIsAUsageError() {
        assertFailsWith(ExitCode.USAGE, () -> parse("get", "k", "-p"));
        assertFailsWith(ExitCode.USAGE, () -> parse("get", "k", "--ns-delim"));
    }
}
