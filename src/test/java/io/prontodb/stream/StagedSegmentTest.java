package io.prontodb.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.address.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StagedSegmentTest {

    @Test
    void writesComeBackInOrderFromMemoryAndFromTheSpillFileWhichIsPrivateAndRemoved() throws Exception {
        List<StagedSegment.Write> added = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            added.add(new StagedSegment.Write(new Address("p", "n", "k" + i, i % 3 == 0 ? "c" + i : ""),
                    new byte[] {(byte) i, (byte) 0xff, 0}, i % 2 == 0 ? null : (long) i));
        }
        for (long limit : new long[] {1 << 20, 200}) {
            List<Path> before = stagingFiles();
            List<StagedSegment.Write> replayed = new ArrayList<>();
            try (StagedSegment segment = new StagedSegment(limit)) {
                added.forEach(segment::add);
                List<Path> during = stagingFiles();
                during.removeAll(before);
                assertThat(during).hasSize(limit == 200 ? 1 : 0);
                for (Path file : during) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
                }
                segment.replay("p", "n", replayed::add);
                assertThat(segment.count()).isEqualTo(50);
            }
            assertThat(replayed).usingRecursiveFieldByFieldElementComparator().isEqualTo(added);
            assertThat(stagingFiles()).isEqualTo(before);
        }
    }

    private static List<Path> stagingFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("prontodb-stream-")).toList());
        }
    }
}
