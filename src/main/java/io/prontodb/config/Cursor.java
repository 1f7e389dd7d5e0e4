package io.prontodb.config;

import java.util.regex.Pattern;

/**
 * A named target with optional default project and namespace (null when not set). The target is kept as given,
 * except that a relative file path is made absolute when the cursor is saved.
 */
public record Cursor(String name, String target, String project, String namespace) {
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:?#]*):[^/@?#]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("([?&]password=)[^&#]*", Pattern.CASE_INSENSITIVE);

    /** Whether a target text is a URL (a server or database) rather than a file path. */
    public static boolean isUrl(String target) {
        return URL.matcher(target).matches();
    }

    /** The target as it may be shown: a password in the user part or a password parameter becomes {@code ***}. */
    public String displayTarget() {
        return masked(target);
    }

    public static String masked(String target) {
        String withoutUserPassword = USER_INFO_PASSWORD.matcher(target).replaceFirst("$1:***@");
        return PASSWORD_PARAMETER.matcher(withoutUserPassword).replaceAll("$1***");
    }
}
