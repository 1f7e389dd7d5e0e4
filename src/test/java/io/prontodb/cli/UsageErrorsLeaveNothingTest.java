package io.prontodb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.InProcess;
import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that fails on its operands or flags exits 64 before it opens anything: no database, no directory. */
class UsageErrorsLeaveNothingTest {
    private static final String[] TOO_MANY = {"o1", "o2", "o3", "o4", "o5", "o6"};

    @TempDir
    Path home;

    @Test
    void everyCommandWithTooManyOperandsLeavesNoFile() throws IOException {
        List<String[]> calls = new ArrayList<>();
        for (CommandSpec spec : CommandTable.all()) {
            if (spec.isGroup()) {
                for (CommandSpec sub : spec.subcommands()) {
                    calls.add(concat(new String[] {spec.name(), sub.name()}, TOO_MANY));
                }
            } else {
                calls.add(concat(new String[] {spec.name()}, TOO_MANY));
            }
        }
        assertThat(calls).hasSizeGreaterThan(30);
        for (String[] call : calls) {
            assertUsageErrorLeavesNothing(call);
        }
    }

    @Test
    void badOperandsAndFlagsLeaveNoFile() throws IOException {
        String[][] calls = {
                {"del"},
                {"get", "a.b.c.d"},
                {"set", "k", "v", "--ttl", "abc"},
                {"ttl"},
                {"keys", "a.b.c.d"},
                {"namespaces", "bad project"},
                {"admin", "revoke-apikey", "abc"},
                {"admin", "create-apikey", "admin", "--expires", "soon"},
                {"admin", "create-apikey", "admin", "--scope", "app:ro", "--scope", "app:rx"},
                {"admin", "create-apikey", "admin", "--scope", "bad project"},
                {"admin", "create-cache", "a.b.c.d", "timeout=5"},
                {"admin", "drop-cache"},
                {"login", "--ttl", "0"},
                {"export", "a.b.c.d"},
                {"export", "--format", "xml"},
                {"import", "--on-conflict", "maybe", "f.tsv"},
                {"import-fs", "dir", "--on-conflict", "maybe"},
                {"export-fs"},
                {"get", "k", "--ttl", "5"},
                {"backup", "extra"},
                {"restore"},
        };
        for (String[] call : calls) {
            assertUsageErrorLeavesNothing(call);
        }
    }

    private void assertUsageErrorLeavesNothing(String[] call) throws IOException {
        InProcess cli = new InProcess(home);
        Result result = cli.run(call);
        assertThat(result.code()).as("%s: %s", String.join(" ", call), result).isEqualTo(64);
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.filter(path -> !path.equals(home)).toList()).as(String.join(" ", call)).isEmpty();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
