package io.prontodb.config;

import java.nio.file.Path;

/** Where ProntoDB keeps its database and config, following the XDG base directory rules. */
public record XdgPaths(Path dataDir, Path configDir) {
    public static final String APP = "prontodb";

    public static XdgPaths of(Environment env) {
        return new XdgPaths(
                base(env, "XDG_DATA_HOME", ".local/share").resolve(APP),
                base(env, "XDG_CONFIG_HOME", ".config").resolve(APP));
    }

    private static Path base(Environment env, String variable, String fallbackUnderHome) {
        String value = env.get(variable);
        return value != null && Path.of(value).isAbsolute() ? Path.of(value) : env.home().resolve(fallbackUnderHome);
    }

    public Path defaultDatabase() {
        return dataDir.resolve("pronto.db");
    }

    public Path configFile() {
        return configDir.resolve("pronto.conf");
    }
}
