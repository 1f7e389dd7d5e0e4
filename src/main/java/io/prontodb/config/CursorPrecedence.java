package io.prontodb.config;

import io.prontodb.ProntoException;

/**
 * Which target a call uses, and which cursor (if any) lends it default project and namespace:
 * {@code -d} beats {@code --cursor}, which beats {@code PRONTO_DB}, which beats the active cursor, which beats
 * config {@code db}, which beats the default path. A cursor that loses lends nothing.
 */
public final class CursorPrecedence {
    public static final String DB_VARIABLE = "PRONTO_DB";
    public static final String DB_KEY = "db";

    /** The target text, the cursor in effect (null when none) and where the choice came from. */
    public record Selection(String target, Cursor cursor, String source) {
    }

    private CursorPrecedence() {
    }

    public static Selection select(String dbFlag, String cursorFlag, Environment env, Config config, XdgPaths paths) {
        CursorStore cursors = new CursorStore(paths);
        Cursor named = cursorFlag == null ? null : cursors.require(CursorName.check(cursorFlag));
        if (dbFlag != null) {
            return new Selection(dbFlag, null, "-d");
        }
        if (named != null) {
            return new Selection(named.target(), named, "--cursor " + named.name());
        }
        if (env.get(DB_VARIABLE) != null) {
            return new Selection(env.get(DB_VARIABLE), null, DB_VARIABLE);
        }
        String active = config.get(CursorStore.ACTIVE_KEY);
        if (active != null && !active.isEmpty()) {
            Cursor cursor = cursors.find(CursorName.check(active)).orElseThrow(() -> ProntoException.usage(
                    "the active cursor '" + active + "' does not exist",
                    "choose another with 'prontodb cursor use NAME', or remove 'cursor=' from " + paths.configFile()));
            return new Selection(cursor.target(), cursor, "cursor " + cursor.name());
        }
        if (config.get(DB_KEY) != null && !config.get(DB_KEY).isEmpty()) {
            return new Selection(config.get(DB_KEY), null, "config db");
        }
        return new Selection(paths.defaultDatabase().toString(), null, "default");
    }
}
