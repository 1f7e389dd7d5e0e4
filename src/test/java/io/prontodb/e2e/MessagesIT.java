package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.error;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures that must say why, and the one failure (a closed stdout pipe) that must say nothing. */
class MessagesIT {
    @TempDir
    Path home;
    Launcher pronto;

    @BeforeEach
    void setUp() {
        pronto = new Launcher(home);
    }

    @Test
    void aConfigFileWithInvalidUtf8NamesTheFileAndTheLine() throws IOException {
        Path config = Files.createDirectories(home.resolve("config/prontodb")).resolve("pronto.conf");
        Files.write(config, new byte[] {'#', ' ', 'm', 'i', 'n', 'e', '\n', 'p', 'r', 'o', 'j', 'e', 'c', 't', '=',
                'c', 'a', 'f', (byte) 0xe9, '\n'});

        Result result = error(pronto.run("get", "k"), 65);

        assertThat(result.stderr()).startsWith("prontodb: error: config " + config + " line 2 is not valid UTF-8\n");
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhyNotJustWhere() throws IOException {
        assertThat(pronto.run("set", "p.n.k", "v").code()).isZero();
        Path file = Files.writeString(home.resolve("a-file"), "x");
        String out = file.resolve("e.tsv").toString();

        Result result = error(pronto.run("export", "--out", out), 74);

        assertThat(result.stderr()).startsWith("prontodb: error: cannot write " + out + ": Not a directory");
    }

    @Test
    void aReaderThatClosesThePipeEndsTheListingQuietly() throws Exception {
        StringBuilder stream = new StringBuilder("meta:path=p.n\n");
        for (int i = 0; i < 50_000; i++) {
            stream.append("key").append(i).append("=v\n");
        }
        pronto.env.put("PRONTO_SECURITY", "false");
        assertThat(pronto.runWithStdin(stream.toString(), "stream").code()).isZero();
        Path script = Files.writeString(home.resolve("head.sh"),
                "\"$1\" keys p.n | head -1\necho \"exit ${PIPESTATUS[0]}\"\n");

        Result result = pronto.run(Path.of("/bin/bash"), null, script.toString(), Launcher.BIN.toString());

        assertThat(result.stdout()).isEqualTo("key0\nexit 141\n");
        assertThat(result.stderr()).isEmpty();
    }
}
