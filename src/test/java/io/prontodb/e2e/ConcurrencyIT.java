package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC 5: concurrent writers queue on BEGIN IMMEDIATE instead of failing, starting from no database at all. */
class ConcurrencyIT {
    private static final int WRITERS = 4;
    private static final int WRITES_EACH = 25;

    @TempDir
    Path home;

    @Test
    void fourProcessesWriting25KeysEachIntoOneNamespaceLoseNothing() throws Exception {
        Launcher pronto = new Launcher(home);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<CompletableFuture<List<Result>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(CompletableFuture.supplyAsync(() -> IntStream.range(0, WRITES_EACH)
                    .mapToObj(i -> pronto.run("set", "conc.ns.w" + writer + "-" + i, "value " + i))
                    .toList(), pool));
        }
        List<Result> results = new ArrayList<>();
        for (CompletableFuture<List<Result>> writer : writers) {
            results.addAll(writer.get());
        }
        pool.shutdown();

        assertThat(results).hasSize(WRITERS * WRITES_EACH)
                .allSatisfy(r -> assertThat(r.code()).as("%s", r).isZero())
                .allSatisfy(r -> assertThat(r.stderr()).as("%s", r).isEmpty());
        assertThat(Db.rows(pronto.database(), "kv")).isEqualTo(WRITERS * WRITES_EACH);
        assertThat(pronto.run("keys", "conc.ns").lines()).hasSize(WRITERS * WRITES_EACH).contains("w3-24", "w0-0");
    }
}
