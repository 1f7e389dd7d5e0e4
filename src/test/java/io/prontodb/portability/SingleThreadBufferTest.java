package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SingleThreadBufferTest {
    @Test
    void passesEveryByteOnInOrderAcrossTheBufferBoundary() throws IOException {
        Random random = new Random(14);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        SingleThreadBuffer buffer = new SingleThreadBuffer(target);
        for (int i = 0; i < 2_000; i++) {
            byte[] chunk = new byte[random.nextInt(i % 100 == 0 ? 200_000 : 300)];
            random.nextBytes(chunk);
            int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
            buffer.write(chunk, offset, chunk.length - offset);
            expected.write(chunk, offset, chunk.length - offset);
            buffer.write(i);
            expected.write(i);
        }
        buffer.flush();

        assertThat(target.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void holdsSmallWritesUntilFlushed() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        SingleThreadBuffer buffer = new SingleThreadBuffer(target);
        buffer.write(new byte[] {1, 2, 3}, 0, 3);

        assertThat(target.size()).isZero();
        buffer.flush();
        assertThat(target.toByteArray()).containsExactly(1, 2, 3);
    }
}
