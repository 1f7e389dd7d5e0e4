package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench/stress.sh in small: writers and a reader at once on one database; nothing fails, nothing is lost. */
class StressIT {
    private static final int WRITERS = 4;
    private static final int SETS_EACH = 15;

    @TempDir
    Path home;

    @Test
    void writersAndAReaderTogetherLoseNothingAndNeverFail() throws Exception {
        Launcher pronto = new Launcher(home);
        assertThat(pronto.run("set", "stress.meta.started", "yes").code()).isZero();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<List<Result>> reader = CompletableFuture.supplyAsync(() -> {
            List<Result> reads = new ArrayList<>();
            while (writing.get()) {
                reads.add(pronto.run("keys", "stress.load"));
            }
            return reads;
        }, pool);
        List<CompletableFuture<List<Result>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(CompletableFuture.supplyAsync(() -> IntStream.range(0, SETS_EACH)
                    .mapToObj(i -> pronto.run("set", "stress.load.w" + writer + "_k" + i, "value " + writer + " " + i))
                    .toList(), pool));
        }
        List<Result> writes = new ArrayList<>();
        for (CompletableFuture<List<Result>> writer : writers) {
            writes.addAll(writer.get());
        }
        writing.set(false);
        List<Result> reads = reader.get();
        pool.shutdown();

        assertThat(writes).hasSize(WRITERS * SETS_EACH).allSatisfy(r -> assertThat(r.code()).as("%s", r).isZero());
        assertThat(reads).isNotEmpty().allSatisfy(r -> assertThat(r.code()).as("%s", r).isZero());
        List<String> present = pronto.run("keys", "stress.load").lines();
        assertThat(present).hasSize(WRITERS * SETS_EACH).contains("w0_k0", "w3_k14");
    }
}
