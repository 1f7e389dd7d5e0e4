package io.prontodb.lifecycle;

import io.prontodb.portability.FlatJsonObject;
import io.prontodb.portability.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code manifest.json}, the first entry of a backup: archive format version, the ProntoDB version that wrote it,
 * creation time (UTC, ISO 8601), and the size and SHA-256 of the database snapshot (and of the config, when
 * included).
 */
public record BackupManifest(long format, String prontodbVersion, String createdAt, long databaseSize,
                      String databaseSha256, String configSha256) {
    static final long FORMAT = 1;
    static final String NAME = "manifest.json";
    static final String DATABASE = "pronto.db";
    static final String CONFIG = "pronto.conf";

    byte[] toJson() {
        return (JsonText.object(
                "format", Long.toString(format),
                "prontodb_version", JsonText.string(prontodbVersion),
                "created_at", JsonText.string(createdAt),
                "database", JsonText.string(DATABASE),
                "database_size", Long.toString(databaseSize),
                "database_sha256", JsonText.string(databaseSha256),
                "config_sha256", configSha256 == null ? null : JsonText.string(configSha256)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Parses a manifest; {@link IllegalArgumentException} (with a one-line reason) when it is not one. */
    static BackupManifest parse(byte[] json) {
        Map<String, Object> members = FlatJsonObject.parse(new String(json, StandardCharsets.UTF_8).strip());
        long format = number(members, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("backup format " + format + " is not one this prontodb reads ("
                    + FORMAT + ")");
        }
        if (members.containsKey("database") && !DATABASE.equals(members.get("database"))) {
            throw new IllegalArgumentException("manifest member 'database' must be \"" + DATABASE + "\"");
        }
        long size = number(members, "database_size");
        if (size < 0) {
            throw new IllegalArgumentException("manifest member 'database_size' is negative");
        }
        String configSha256 = members.get("config_sha256") == null ? null : sha256(members, "config_sha256");
        return new BackupManifest(format, string(members, "prontodb_version"), string(members, "created_at"), size,
                sha256(members, "database_sha256"), configSha256);
    }

    private static long number(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException(value == null ? "manifest has no " + name
                    : "manifest member '" + name + "' must be an integer");
        }
        return number;
    }

    private static String string(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(value == null ? "manifest has no " + name
                    : "manifest member '" + name + "' must be a string");
        }
        return text;
    }

    private static String sha256(Map<String, Object> members, String name) {
        String value = string(members, name);
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("manifest member '" + name + "' is not a SHA-256 in hex");
        }
        return value;
    }
}
