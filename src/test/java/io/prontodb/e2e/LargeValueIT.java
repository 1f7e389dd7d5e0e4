package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.prontodb.testing.Result;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC 2: a 100 MiB value round-trips byte-exact through {@code set -} and {@code get --raw}, compared by sha256
 * (the test never holds the value), with the peak RSS of each process bounded by a small multiple of the value.
 */
class LargeValueIT {
    private static final long MIB = 1 << 20;
    private static final long SIZE = 100 * MIB;

    @TempDir
    Path home;

    @Test
    void aHundredMibValueRoundTripsWithBoundedMemory() throws Exception {
        Path time = Path.of("/usr/bin/time");
        assumeTrue(Files.isExecutable(time), "/usr/bin/time measures the peak RSS");
        Launcher pronto = new Launcher(home);
        Path value = home.resolve("value.bin");
        String expected = writeRandom(value);
        Path script = home.resolve("measured.sh");
        Files.writeString(script, "#!/usr/bin/env bash\nset -o pipefail\n"
                + "if [ \"$1\" = set ]; then " + time + " -f %M -o rss.set \"" + Launcher.BIN + "\" set p.n.big - < value.bin\n"
                + "else " + time + " -f %M -o rss.get \"" + Launcher.BIN + "\" get --raw p.n.big | sha256sum | cut -d' ' -f1; fi\n");
        script.toFile().setExecutable(true);

        Result set = pronto.run(script, null, "set");
        assertThat(set.code()).as(set.toString()).isZero();
        Result get = pronto.run(script, null, "get");
        assertThat(get.code()).as(get.toString()).isZero();

        assertThat(get.stdout().strip()).isEqualTo(expected);
        long setRss = peakRssBytes(home.resolve("rss.set"));
        long getRss = peakRssBytes(home.resolve("rss.get"));
        System.out.printf("100 MiB value: set peak RSS %d MiB, get peak RSS %d MiB%n", setRss / MIB, getRss / MIB);
        assertThat(setRss).as("set peak RSS").isLessThan(7 * SIZE);
        assertThat(getRss).as("get peak RSS").isLessThan(4 * SIZE);
    }

    private static String writeRandom(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Random random = new Random(100);
        byte[] chunk = new byte[(int) MIB];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < SIZE; written += chunk.length) {
                random.nextBytes(chunk);
                sha.update(chunk);
                out.write(chunk);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static long peakRssBytes(Path timeOutput) throws Exception {
        return Long.parseLong(Files.readString(timeOutput).strip()) * 1024;
    }
}
