package io.prontodb.security;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.CredentialStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Users and their passwords, including the admin user seeded on first use of security. */
public final class Accounts {
    public static final String ADMIN = "admin";
    public static final String DEFAULT_ADMIN_PASSWORD = "pronto!";
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_PASSWORD_BYTES = 1024;
    private static final int MAX_NAME_LENGTH = 64;

    private final CredentialStore credentials;
    private final PasswordHasher hasher;
    private final Clock clock;

    Accounts(CredentialStore credentials, PasswordHasher hasher, Clock clock) {
        this.credentials = credentials;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Creates {@code admin} when no user exists yet, with {@code adminPassword} or the default. The last user can
     * never be deleted, so an empty table means security was never used.
     */
    void seedAdmin(String adminPassword) {
        if (credentials.hasUsers()) {
            return;
        }
        if (adminPassword != null) {
            checkChosenAdminPassword(adminPassword);
        }
        String password = adminPassword != null ? adminPassword : DEFAULT_ADMIN_PASSWORD;
        PasswordHash hash = hasher.hash(password.toCharArray());
        credentials.inWriteTransaction(() -> {
            if (!credentials.hasUsers()) {
                credentials.insertUser(ADMIN, hash, password.equals(DEFAULT_ADMIN_PASSWORD), clock.millis());
            }
            return null;
        });
    }

    /** Refuses an admin password chosen through PRONTO_ADMIN_PASS that breaks the password rules (64). */
    public static void checkChosenAdminPassword(String password) {
        try {
            checkNewPassword(password.toCharArray());
        } catch (ProntoException e) {
            throw ProntoException.usage("PRONTO_ADMIN_PASS: " + e.getMessage(), "choose a longer admin password");
        }
    }

    /**
     * Gives {@code admin} the chosen password when it still has the published default (it was seeded before a
     * password was chosen); true when it did.
     */
    public boolean replaceDefaultAdminPassword(String password) {
        checkChosenAdminPassword(password);
        Optional<StoredUser> admin = credentials.user(ADMIN);
        if (admin.isEmpty() || !admin.get().defaultPassword()) {
            return false;
        }
        changePassword(ADMIN, password.toCharArray());
        return true;
    }

    public boolean defaultPasswordInUse() {
        return credentials.anyDefaultPassword();
    }

    public void create(String name, char[] password) {
        checkName(name);
        checkNewPassword(password);
        PasswordHash hash = hasher.hash(password);
        credentials.inWriteTransaction(() -> {
            if (credentials.user(name).isPresent()) {
                throw ProntoException.usage("user '" + name + "' already exists",
                        "change its password with 'prontodb admin passwd " + name + "'");
            }
            credentials.insertUser(name, hash, false, clock.millis());
            return null;
        });
    }

    /** Sets a new password and ends the user's sessions. */
    public void changePassword(String name, char[] password) {
        requireUser(name);
        checkNewPassword(password);
        PasswordHash hash = hasher.hash(password);
        credentials.inWriteTransaction(() -> {
            if (!credentials.updatePassword(name, hash)) {
                throw noSuchUser(name);
            }
            credentials.deleteSessionsOf(name);
            return null;
        });
    }

    /** Deletes the user and everything that authenticates as it; the last user stays. */
    public void delete(String name) {
        credentials.inWriteTransaction(() -> {
            requireUser(name);
            if (credentials.countUsers() == 1) {
                throw ProntoException.usage("cannot delete '" + name + "', the last user",
                        "create another user first: prontodb admin create-user NAME");
            }
            credentials.deleteUser(name);
            return null;
        });
    }

    public List<String> list() {
        return credentials.userNames();
    }

    /**
     * True when the password is the user's. An unknown user costs the same time as a wrong password, and both
     * answer the same, so the caller cannot tell which was wrong.
     */
    boolean passwordMatches(String name, char[] password) {
        Optional<StoredUser> user = credentials.user(name);
        if (user.isEmpty()) {
            hasher.spendOneCheck(password);
            return false;
        }
        return hasher.verify(password, user.get().password());
    }

    void requireUser(String name) {
        if (credentials.user(name).isEmpty()) {
            throw noSuchUser(name);
        }
    }

    private static ProntoException noSuchUser(String name) {
        return new ProntoException(ExitCode.ERROR, "no such user: " + name, "list users with 'prontodb admin list-users'");
    }

    private static void checkName(String name) {
        boolean valid = !name.isEmpty() && name.length() <= MAX_NAME_LENGTH && Character.isLetterOrDigit(name.charAt(0))
                && name.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || "._@-".indexOf(c) >= 0));
        if (!valid) {
            throw ProntoException.usage("invalid user name '" + name + "'",
                    "1-64 characters: letters, digits, '.', '_', '@', '-'; starting with a letter or digit");
        }
    }

    private static void checkNewPassword(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw ProntoException.usage("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (new String(password).getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ProntoException.usage("password is longer than " + MAX_PASSWORD_BYTES + " bytes");
        }
    }
}
