package io.prontodb.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets (API keys, session tokens): 256 random bits behind a readable prefix. They are stored only as
 * SHA-256 digests; a slow KDF is not needed because the secret itself carries full entropy.
 */
final class Secrets {
    static final String API_KEY_PREFIX = "pdb_key_";
    static final String SESSION_PREFIX = "pdb_ses_";
    private static final int RANDOM_BYTES = 32;

    private Secrets() {
    }

    static String newSecret(SecureRandom random, String prefix) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
