package io.prontodb.config;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The settings of {@code pronto.conf}: {@code key=value} lines, {@code #} comments. */
public final class Config {
    public static final String PROJECT = "project";
    public static final String NAMESPACE = "namespace";
    public static final String NS_DELIM = "ns_delim";
    public static final String BUSY_TIMEOUT_MS = "busy_timeout_ms";

    private final Map<String, String> values;

    public Config(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Config load(Path file) {
        List<String> lines;
        try {
            lines = utf8Lines(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Config(Map.of());
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot read config " + file + ": " + IoErrors.why(e));
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ProntoException(ExitCode.DATA, "config " + file + " line " + (i + 1) + " is not key=value");
            }
            values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return new Config(values);
    }

    /** The lines of {@code bytes}, each decoded strictly, so that a bad byte is reported with its line number. */
    private static List<String> utf8Lines(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                lines.add(decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString());
            } catch (CharacterCodingException e) {
                throw new ProntoException(ExitCode.DATA, "config " + file + " line " + (lines.size() + 1)
                        + " is not valid UTF-8", "the config file must be UTF-8 text");
            }
            start = end + 1;
        }
        return lines;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public long getNonNegativeLong(String key, long fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ProntoException(ExitCode.DATA, "config " + key + " must be a non-negative integer, got '" + value + "'");
    }
}
