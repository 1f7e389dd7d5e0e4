package io.prontodb.store.postgres;

import io.prontodb.config.Environment;
import io.prontodb.config.Target;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The password for a PostgreSQL target, found as libpq finds it: {@code PGPASSWORD}, else the first matching line
 * of {@code PGPASSFILE} or {@code ~/.pgpass} ({@code host:port:database:user:password}, {@code *} matches anything,
 * {@code \:} and {@code \\} escape). Like libpq, a password file that group or others can read is ignored.
 */
final class PgPassFile {
    private PgPassFile() {
    }

    /** The password, or null when none is configured (the server may still accept the login). */
    static String password(Target.Postgres target, Environment env) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null) {
            return fromEnv;
        }
        String named = env.get("PGPASSFILE");
        Path file = named != null ? Path.of(named) : env.home().resolve(".pgpass");
        if (!Files.isRegularFile(file) || !isPrivate(file)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<String> fields = fields(line);
                if (fields.size() == 5 && matches(fields.get(0), target.host()) && matches(fields.get(1), "" + target.port())
                        && matches(fields.get(2), target.database()) && matches(fields.get(3), target.user())) {
                    return fields.get(4);
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean isPrivate(Path file) {
        try {
            Set<PosixFilePermission> modes = Files.getPosixFilePermissions(file);
            return modes.stream().noneMatch(m -> m.name().startsWith("GROUP") || m.name().startsWith("OTHERS"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The colon-separated fields of a line; comments and lines that are not five fields give no match. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        if (line.startsWith("#")) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
