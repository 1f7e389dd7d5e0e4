package io.prontodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class Sha256Properties {

    @Property
    void equalsTheJdkDigestForAnyInput(@ForAll @Size(max = 300) byte[] input) throws Exception {
        assertThat(Sha256.digest(input)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(input));
    }

    @Property(tries = 1)
    void matchesTheFipsExample() {
        assertThat(HexFormat.of().formatHex(Sha256.digest("abc".getBytes())))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
