package io.prontodb.e2e;

import static io.prontodb.e2e.Server.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 8 clients x 200 mixed requests at once: every answer right, nothing lost, counts exact. */
class ServerConcurrencyIT {
    private static final int CLIENTS = 8;
    private static final int WRITES = 100;
    private static final int DELETES = 50;

    @TempDir
    Path home;

    @Test
    void mixedRequestsFromEightClients() throws Exception {
        try (Server server = Server.start(new Launcher(home))) {
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> runClient(server, client)));
            }
            int requests = 0;
            for (Future<Integer> client : clients) {
                requests += client.get();
            }
            pool.shutdown();
            assertThat(requests).isEqualTo(CLIENTS * 200);

            String keys = text(server.get("/v1/kv/conc/n?keys=1"));
            assertThat(keys.lines()).hasSize(CLIENTS * (WRITES - DELETES));
            assertThat(server.prontodb.run("keys", "conc.n").lines()).hasSize(CLIENTS * (WRITES - DELETES));
            for (int c = 0; c < CLIENTS; c++) {
                assertThat(server.prontodb.run("get", "conc.n.c" + c + "k" + (WRITES - 1)).stdout())
                        .isEqualTo("v" + c + "-" + (WRITES - 1) + "\n");
            }
            assertThat(server.log().lines().filter(line -> line.contains(" /v1/kv/conc/n/"))).hasSize(CLIENTS * 200);
            server.assertServing();
        }
    }

    /** 100 PUTs, 50 GETs checking what was written, 50 DELETEs: 200 requests. */
    private static int runClient(Server server, int client) {
        int requests = 0;
        for (int i = 0; i < WRITES; i++) {
            HttpResponse<byte[]> put = server.put("/v1/kv/conc/n/c" + client + "k" + i, "v" + client + "-" + i);
            assertThat(put.statusCode()).isEqualTo(204);
            requests++;
            if (i % 2 == 1) {
                HttpResponse<byte[]> got = server.get("/v1/kv/conc/n/c" + client + "k" + (i - 1));
                assertThat(got.statusCode()).isEqualTo(200);
                assertThat(text(got)).isEqualTo("v" + client + "-" + (i - 1));
                requests++;
            }
        }
        for (int i = 0; i < DELETES; i++) {
            HttpResponse<byte[]> deleted = server.send("DELETE", "/v1/kv/conc/n/c" + client + "k" + i, server.adminKey, null);
            assertThat(deleted.statusCode()).isEqualTo(204);
            requests++;
        }
        return requests;
    }
}
