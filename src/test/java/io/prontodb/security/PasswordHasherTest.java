package io.prontodb.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void productionParametersFollowOwasp() {
        PasswordHash hash = new PasswordHasher().hash("pronto!".toCharArray());
        assertThat(hash.kdf()).isEqualTo("pbkdf2-sha256");
        assertThat(hash.iterations()).isEqualTo(600_000);
        assertThat(hash.salt()).hasSize(16);
        assertThat(hash.hash()).hasSize(32);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        PasswordHash hash = fast.hash("correct horse".toCharArray());
        assertThat(fast.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(fast.verify("correct hors".toCharArray(), hash)).isFalse();
        assertThat(fast.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        PasswordHash a = fast.hash("same".toCharArray());
        PasswordHash b = fast.hash("same".toCharArray());
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void verifiesWithTheStoredIterationCountAndRejectsAnUnknownKdf() {
        PasswordHash old = new PasswordHasher(500).hash("pw".toCharArray());
        assertThat(fast.verify("pw".toCharArray(), old)).isTrue();
        PasswordHash foreign = new PasswordHash("md5", old.iterations(), old.salt(), old.hash());
        assertThat(fast.verify("pw".toCharArray(), foreign)).isFalse();
    }

    @Test
    void secretsHaveAtLeast128RandomBitsAndAreStoredAsSha256() {
        String key = Secrets.newSecret(Secrets.API_KEY_PREFIX);
        assertThat(key).startsWith("pdb_key_");
        assertThat(key.length() - Secrets.API_KEY_PREFIX.length()).isGreaterThanOrEqualTo(43); // 32 bytes, base64url
        assertThat(Secrets.newSecret(Secrets.API_KEY_PREFIX)).isNotEqualTo(key);
        assertThat(Secrets.digest(key)).hasSize(32).isEqualTo(Secrets.digest(key));
    }

    @Test
    void aSecretIsStoredAsTheSha256OfItsUtf8Form() {
        assertThat(java.util.HexFormat.of().formatHex(Secrets.digest("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
