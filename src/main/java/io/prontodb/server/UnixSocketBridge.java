package io.prontodb.server;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;

/**
 * {@code --socket PATH}: a Unix domain socket (mode 0600) whose connections are relayed byte for byte to the
 * HTTP server's loopback port; the JDK's HTTP server cannot listen on such a socket itself.
 */
final class UnixSocketBridge implements AutoCloseable {
    private final ServerSocketChannel channel;
    private final Path path;

    private UnixSocketBridge(ServerSocketChannel channel, Path path) {
        this.channel = channel;
        this.path = path;
    }

    static UnixSocketBridge start(Path path, InetSocketAddress target, ExecutorService executor) {
        try {
            if (Files.exists(path) && !Files.isDirectory(path)) {
                Files.delete(path);
            }
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(path));
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            UnixSocketBridge bridge = new UnixSocketBridge(channel, path);
            executor.execute(() -> bridge.accept(target, executor));
            return bridge;
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot listen on socket " + path + ": " + e.getMessage());
        }
    }

    private void accept(InetSocketAddress target, ExecutorService executor) {
        while (channel.isOpen()) {
            try {
                SocketChannel client = channel.accept();
                SocketChannel server = SocketChannel.open(target);
                executor.execute(() -> relay(client, server));
                executor.execute(() -> relay(server, client));
            } catch (IOException e) {
                // closed by close(), or one failed connection: the bridge goes on while its socket is open
            }
        }
    }

    private static void relay(SocketChannel from, SocketChannel to) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        try (from; to) {
            while (from.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    to.write(buffer);
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // either side went away: both are closed
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // the socket file may already be gone
        }
    }
}
