package io.prontodb.config;

import io.prontodb.ExitCode;
import io.prontodb.IoErrors;
import io.prontodb.ProntoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cursors as files: {@code $XDG_CONFIG_HOME/prontodb/cursors/NAME} holds {@code target=}, {@code project=} and
 * {@code namespace=} lines (mode 0600, directories 0700). The active cursor is the {@code cursor} key of
 * {@code pronto.conf}.
 */
public final class CursorStore {
    public static final String ACTIVE_KEY = "cursor";
    private static final String TARGET = "target";

    private final Path configFile;
    private final Path dir;

    public CursorStore(XdgPaths paths) {
        this.configFile = paths.configFile();
        this.dir = paths.configDir().resolve("cursors");
    }

    public List<Cursor> all() {
        List<Cursor> cursors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return cursors;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, path -> !path.getFileName().toString().startsWith("."))) {
            for (Path file : files) {
                find(file.getFileName().toString()).ifPresent(cursors::add);
            }
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot list cursors in " + dir + ": " + IoErrors.why(e));
        }
        cursors.sort((a, b) -> a.name().compareTo(b.name()));
        return cursors;
    }

    public Optional<Cursor> find(String name) {
        Map<String, String> values;
        try {
            values = PrivateFiles.readSettings(dir.resolve(CursorName.check(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String target = values.get(TARGET);
        if (target == null || target.isEmpty()) {
            throw new ProntoException(ExitCode.DATA, "cursor file " + dir.resolve(name) + " has no target= line",
                    "set it again with 'prontodb cursor set " + name + " TARGET'");
        }
        return Optional.of(new Cursor(name, target, values.get(Config.PROJECT), values.get(Config.NAMESPACE)));
    }

    /** The cursor called {@code name}; an unknown name is a usage error that names it. */
    public Cursor require(String name) {
        return find(name).orElseThrow(() -> ProntoException.usage("unknown cursor: " + name,
                "run 'prontodb cursor list' for the cursors, 'prontodb cursor set' to add one"));
    }

    public void save(Cursor cursor) {
        StringBuilder text = new StringBuilder(TARGET).append('=').append(cursor.target()).append('\n');
        if (cursor.project() != null) {
            text.append(Config.PROJECT).append('=').append(cursor.project()).append('\n');
        }
        if (cursor.namespace() != null) {
            text.append(Config.NAMESPACE).append('=').append(cursor.namespace()).append('\n');
        }
        PrivateFiles.write(dir.resolve(CursorName.check(cursor.name())), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes a cursor (an unknown one is a usage error); when it was the active one, none is active afterwards. */
    public void delete(String name, Config config) {
        require(name);
        try {
            Files.delete(dir.resolve(name));
        } catch (IOException e) {
            throw new ProntoException(ExitCode.IO, "cannot delete cursor " + name + ": " + IoErrors.why(e));
        }
        if (name.equals(config.get(ACTIVE_KEY))) {
            PrivateFiles.replaceSetting(configFile, ACTIVE_KEY, null);
        }
    }

    /** Makes {@code name} the active cursor, in {@code pronto.conf}. */
    public void use(String name) {
        require(name);
        PrivateFiles.replaceSetting(configFile, ACTIVE_KEY, name);
    }
}
