package io.prontodb.config;

import java.nio.file.Path;
import java.util.Map;

/** The process environment and home directory, injected so tests never touch the real HOME. */
public record Environment(Map<String, String> variables, Path home) {

    public static Environment system() {
        String home = System.getenv("HOME");
        return new Environment(System.getenv(),
                Path.of(home != null && !home.isEmpty() ? home : System.getProperty("user.home")));
    }

    public String get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean isSet(String name, String expected) {
        return expected.equals(variables.get(name));
    }
}
