package io.prontodb.e2e;

import static io.prontodb.e2e.Server.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.testing.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad clients and a killed server: after each, the server (or a restarted one) still serves, and data is whole. */
class ServerFaultsIT {
    @TempDir
    Path home;
    private Server server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static String exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void malformedRequestLinesAreRefusedAndTheServerGoesOn() throws IOException {
        server = Server.start(new Launcher(home));
        String[] requests = {
            "GET /v1/kv/p/n/k%zz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + server.adminKey + "\r\nConnection: close\r\n\r\n",
            "GET /v1/kv/p/n/k% HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GARBAGE\r\n\r\n",
            "GET /v1/kv/p/n/k HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\nConnection: close\r\n\r\n",
        };
        for (String request : requests) {
            try (Socket socket = connect()) {
                String response = exchange(socket, request);
                assertThat(response).as(request).startsWith("HTTP/1.1 400");
            }
            server.assertServing();
        }
    }

    @Test
    void aClientSendingHeadersOneBytePerSecondIsDisconnected() throws IOException {
        server = Server.start(new Launcher(home), "--read-timeout", "2");
        byte[] request = "GET /v1/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaa\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        long start = System.nanoTime();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(1000);
            boolean closed = false;
            for (int i = 0; i < request.length && !closed; i++) {
                try {
                    out.write(request[i]);
                    out.flush();
                    closed = in.read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    server.assertServing();
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertThat(closed).as("connection closed before the request was complete").isTrue();
        }
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isBetween(1L, 10L);
        server.assertServing();
    }

    @Test
    void aThousandConnectionsOpenedAndDropped() throws IOException {
        server = Server.start(new Launcher(home));
        for (int round = 0; round < 10; round++) {
            List<Socket> sockets = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                sockets.add(new Socket("127.0.0.1", server.port()));
            }
            for (int i = 0; i < sockets.size(); i++) {
                if (i % 2 == 0) {
                    sockets.get(i).getOutputStream().write("GET /v1/kv/p/n/k HTTP/1.1\r\nHo".getBytes(StandardCharsets.ISO_8859_1));
                }
                sockets.get(i).close();
            }
        }
        server.assertServing();
        assertThat(server.put("/v1/kv/after/n/k", "v").statusCode()).isEqualTo(204);
    }

    @Test
    void aStreamBodyCutOffHalfwayKeepsTheCommittedSegments() throws IOException {
        server = Server.start(new Launcher(home));
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + server.adminKey
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(chunk("meta:path=cut.a\na=1\nmeta:path=cut.b\nb=1\n"));
            out.flush();
            awaitKey("cut.a.a");
            // The connection drops in the middle of the second segment.
        }
        Server.sleep(500);
        server.assertServing();
        assertThat(server.prontodb.run("keys", "cut.a").stdout()).isEqualTo("a\n");
        assertThat(server.prontodb.run("keys", "cut.b").stdout()).isEmpty();
    }

    @Test
    void serverKilledMidStreamLosesOnlyTheOpenSegment() throws IOException, InterruptedException {
        server = Server.start(new Launcher(home));
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + server.adminKey
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(chunk("meta:path=kill.a\na=1\nmeta:path=kill.b\nb=1\nmeta:path=kill.c\nc=1\nc2=2\n"));
            out.flush();
            awaitKey("kill.b.b");
            server.process().destroyForcibly();
            assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.prontodb.run("scan", "kill.a").stdout()).isEqualTo("a=1\n");
        assertThat(server.prontodb.run("scan", "kill.b").stdout()).isEqualTo("b=1\n");
        assertThat(server.prontodb.run("keys", "kill.c").stdout()).isEmpty();
        server = Server.start(server.prontodb);
        server.assertServing();
        assertThat(text(server.get("/v1/kv/kill/b/b"))).isEqualTo("1");
    }

    private void awaitKey(String address) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Result result = server.prontodb.run("get", address);
            if (result.code() == 0) {
                return;
            }
            Server.sleep(100);
        }
        throw new AssertionError(address + " was not committed within 60 s");
    }

    private static byte[] chunk(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(data, 0, out, head.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }
}
