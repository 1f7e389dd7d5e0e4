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

    /** Parses a manifest; {@link IllegalArgumentException} when it is not one. */
    static BackupManifest parse(byte[] json) {
        Map<String, Object> members = FlatJsonObject.parse(new String(json, StandardCharsets.UTF_8).strip());
        Object format = members.get("format");
        if (!(format instanceof Long number)) {
            throw new IllegalArgumentException("manifest has no format version");
        }
        if (number != FORMAT) {
            throw new IllegalArgumentException("backup format " + number + " is not one this prontodb reads ("
                    + FORMAT + ")");
        }
        return new BackupManifest(number, string(members, "prontodb_version"), string(members, "created_at"),
                (Long) members.get("database_size"), string(members, "database_sha256"),
                (String) members.get("config_sha256"));
    }

    private static String string(Map<String, Object> members, String name) {
        if (!(members.get(name) instanceof String value)) {
            throw new IllegalArgumentException("manifest has no " + name);
        }
        return value;
    }
}
