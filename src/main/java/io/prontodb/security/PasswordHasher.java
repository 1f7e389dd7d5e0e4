package io.prontodb.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt per user, at OWASP's recommended 600,000 iterations.
 * Verification recomputes with the stored parameters, so raising the cost later keeps old hashes valid.
 */
public final class PasswordHasher {
    public static final String KDF = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;
    public static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final String JCA_NAME = "PBKDF2WithHmacSHA256";

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public PasswordHash hash(char[] password) {
        byte[] salt = Secrets.randomBytes(SALT_BYTES);
        return new PasswordHash(KDF, iterations, salt, derive(password, salt, iterations));
    }

    /** Constant-time comparison of the derived bytes. */
    public boolean verify(char[] password, PasswordHash stored) {
        if (!KDF.equals(stored.kdf())) {
            return false;
        }
        return MessageDigest.isEqual(derive(password, stored.salt(), stored.iterations()), stored.hash());
    }

    /** Spends the time of one check, so an unknown user name takes as long to refuse as a wrong password. */
    public void spendOneCheck(char[] password) {
        derive(password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(JCA_NAME).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(JCA_NAME + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
