package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.address.Address;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FsNameCodecProperties {
    private static final Path ROOT = Path.of("/mirror/root");

    @Property
    void fileAndDirectoryNamesRoundTrip(@ForAll("names") String name) {
        String file = FsNameCodec.fileName(name);
        assertThat(FsNameCodec.decode(file.substring(0, file.length() - FsNameCodec.FILE_SUFFIX.length()))).isEqualTo(name);
        assertThat(FsNameCodec.decode(FsNameCodec.directoryName(name))).isEqualTo(name);
    }

    @Property
    void segmentsAreSafe(@ForAll("names") String name) {
        for (String segment : new String[] {FsNameCodec.fileName(name), FsNameCodec.directoryName(name)}) {
            assertThat(segment).isNotEmpty().doesNotContain("/", "\\", "\0").doesNotStartWith(".");
        }
        assertThat(FsNameCodec.directoryName(name)).doesNotEndWith(FsNameCodec.FILE_SUFFIX);
    }

    @Property
    void neverEscapesTheMirrorDirectory(@ForAll("names") String project, @ForAll("names") String namespace,
                                        @ForAll("names") String key, @ForAll("names") String context) {
        for (Address address : new Address[] {new Address(project, namespace, key, ""),
                new Address(project, namespace, key, context)}) {
            Path file = FsMirror.fileFor(ROOT, address).normalize();
            assertThat(file.startsWith(ROOT)).isTrue();
            assertThat(file.getNameCount()).isEqualTo(ROOT.getNameCount() + (address.hasContext() ? 4 : 3));
        }
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> tricky = Arbitraries.of("..", ".", "../../x", "a/b", "/", ".json", "x.json", "%2F", "%",
                "CON", "a\\b", "é", "\u0000", ":*?", "..%2F");
        Arbitrary<String> composed = Arbitraries.strings().withChars("./%\\:aé\u0000-_").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(tricky, composed, any);
    }
}
