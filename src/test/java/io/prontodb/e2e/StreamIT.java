package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams from real producer processes: a paused producer blocks nobody, and bad input keeps finished segments. */
@OnEveryBackend
class StreamIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() throws Exception {
        pronto = new Launcher(home);
        pronto.env.put("PRONTO_SECURITY", "false");
        Files.createDirectories(home.resolve("config/prontodb"));
        Files.writeString(home.resolve("config/prontodb/pronto.conf"), "busy_timeout_ms=500\n");
    }

    @Test
    void aProducerPausedInTheMiddleOfASegmentDoesNotBlockOtherWriters() throws Exception {
        Process stream = pronto.start(home.resolve("stream.out"), home.resolve("stream.err"), "stream");
        try (OutputStream producer = stream.getOutputStream()) {
            producer.write("meta:path=p.a\na1=1\nmeta:path=p.b\nb1=1\n".getBytes(StandardCharsets.UTF_8));
            producer.flush();
            awaitValue("p.a.a1", "1\n");

            Result set = pronto.run("set", "p.b.other", "v");

            assertThat(set.code()).as("a writer while the stream waits for input: %s", set).isZero();
            assertThat(pronto.run("get", "p.b.b1").code()).as("the open segment is not visible yet").isEqualTo(2);
            producer.write("b2=2\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(stream.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.exitValue()).as(Files.readString(home.resolve("stream.err"))).isZero();
        assertThat(pronto.run("scan", "p.b").stdout()).isEqualTo("b1=1\nb2=2\nother=v\n");
    }

    @Test
    void invalidUtf8NamesItsTokenAndKeepsTheSegmentCompletedBeforeIt() {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("meta:path=p.a; a1=1; meta:path=p.b; b1=".getBytes(StandardCharsets.UTF_8));
        input.write(0xff);
        input.writeBytes("; b2=2\n".getBytes(StandardCharsets.UTF_8));

        Result result = pronto.runWithStdin(input.toByteArray(), "stream");

        assertThat(result.code()).as(result.toString()).isEqualTo(65);
        assertThat(result.stderr()).isEqualTo("prontodb: error: token 4: the stream is not valid UTF-8\n"
                + "hint: committed before the error: p.a (1 key); the failing segment was rolled back\n");
        assertThat(pronto.run("scan", "p.a").stdout()).isEqualTo("a1=1\n");
        assertThat(pronto.run("keys", "p.b").stdout()).isEmpty();
    }

    @Test
    void aSegmentLargerThanTheMemoryBoundIsStagedInAFileAndWrittenWhole() {
        StringBuilder input = new StringBuilder("meta:path=p.big\n");
        String value = "x".repeat(1000);
        for (int i = 0; i < 10_000; i++) {
            input.append("k").append(i).append('=').append(value).append('\n');
        }

        Result result = pronto.runWithStdin(input.toString(), "stream");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(pronto.run("keys", "p.big").lines()).hasSize(10_000);
        assertThat(pronto.run("get", "p.big.k9999").stdout()).isEqualTo(value + "\n");
    }

    private void awaitValue(String address, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!pronto.run("get", address).stdout().equals(expected)) {
            assertThat(System.nanoTime()).as("the stream committed its first segment").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
