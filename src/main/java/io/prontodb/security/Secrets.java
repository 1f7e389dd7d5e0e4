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

    /** Created on first use: checking a key or token never needs it. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        Random.INSTANCE.nextBytes(bytes);
        return bytes;
    }

    static String newSecret(String prefix) {
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(RANDOM_BYTES));
    }

    /** SHA-256 of the secret's UTF-8 form: every JDK provides it, so its absence is a broken runtime. */
    static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }
}
