package io.prontodb.security;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;

/** Whether streams must authenticate: PRONTO_SECURITY, else config security.required, else yes. */
public final class SecurityPolicy {
    public static final String CONFIG_KEY = "security.required";
    public static final String ENV_VARIABLE = "PRONTO_SECURITY";

    private SecurityPolicy() {
    }

    public static boolean required(String envValue, String configValue) {
        if (envValue != null) {
            return parse(ENV_VARIABLE, envValue);
        }
        return configValue == null || parse(CONFIG_KEY, configValue);
    }

    private static boolean parse(String source, String value) {
        return switch (value) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ProntoException(ExitCode.DATA, source + " must be true or false, got '" + value + "'");
        };
    }
}
