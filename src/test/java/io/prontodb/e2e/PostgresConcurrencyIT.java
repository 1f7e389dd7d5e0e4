package io.prontodb.e2e;

import static io.prontodb.e2e.Expect.ok;
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

/** SPEC 9: processes writing into one PostgreSQL namespace at once lose nothing and keep max_items. */
class PostgresConcurrencyIT {
    @TempDir
    Path home;

    private static List<Result> race(Launcher pronto, int processes, int setsEach, String namespace) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            List<CompletableFuture<List<Result>>> writers = new ArrayList<>();
            for (int w = 0; w < processes; w++) {
                int writer = w;
                writers.add(CompletableFuture.supplyAsync(() -> IntStream.range(0, setsEach)
                        .mapToObj(i -> pronto.run("set", namespace + ".w" + writer + "-" + i, "value " + i))
                        .toList(), pool));
            }
            List<Result> results = new ArrayList<>();
            for (CompletableFuture<List<Result>> writer : writers) {
                results.addAll(writer.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eightProcessesWritingAHundredKeysEachLoseNothing() throws Exception {
        Launcher pronto = new Launcher(home, Backend.POSTGRES);

        List<Result> results = race(pronto, 8, 100, "conc.ns");

        assertThat(results).hasSize(800).allSatisfy(r -> ok(r));
        assertThat(Db.rows(pronto, "kv")).isEqualTo(800);
        assertThat(ok(pronto.run("keys", "conc.ns")).lines()).hasSize(800).contains("w7-99", "w0-0");
    }

    @Test
    void twoProcessesRacingAMaxItemsNamespaceNeverLeaveMoreThanItsLimit() throws Exception {
        Launcher pronto = new Launcher(home, Backend.POSTGRES);
        ok(pronto.run("admin", "create-cache", "conc.cache", "timeout=600", "max_items=5"));

        List<Result> results = race(pronto, 2, 40, "conc.cache");

        assertThat(results).allSatisfy(r -> ok(r));
        assertThat(ok(pronto.run("keys", "conc.cache")).lines()).hasSize(5);
        assertThat(Db.rows(pronto, "kv")).isEqualTo(5);
    }
}
