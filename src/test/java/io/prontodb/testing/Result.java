package io.prontodb.testing;

import java.nio.charset.StandardCharsets;

/** What one prontodb run produced. */
public record Result(int code, byte[] stdoutBytes, String stderr) {

    public String stdout() {
        return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    /** stdout lines, without the final newline. */
    public java.util.List<String> lines() {
        String out = stdout();
        if (out.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.List.of(out.substring(0, out.endsWith("\n") ? out.length() - 1 : out.length()).split("\n", -1));
    }

    @Override
    public String toString() {
        return "exit " + code + "\nstdout: " + stdout() + "\nstderr: " + stderr;
    }
}
