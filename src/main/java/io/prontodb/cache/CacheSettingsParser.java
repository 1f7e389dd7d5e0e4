package io.prontodb.cache;

import io.prontodb.ProntoException;
import io.prontodb.store.NamespaceKind;
import io.prontodb.store.NamespaceSettings;
import java.util.List;

/**
 * Reads cache settings given as {@code timeout=S max_items=N evict_on_read=0|1} (or a bare first number, the
 * timeout) and applies them over a base, so create-cache and set-cache share one set of rules.
 */
public final class CacheSettingsParser {
    private CacheSettingsParser() {
    }

    public static NamespaceSettings apply(NamespaceSettings base, List<String> settings) {
        Long timeout = base.ttlSeconds();
        Long maxItems = base.maxItems();
        boolean evictOnRead = base.evictOnRead();
        for (int i = 0; i < settings.size(); i++) {
            String setting = settings.get(i);
            int eq = setting.indexOf('=');
            if (eq < 0 && i == 0) {
                timeout = Expiry.positive("timeout", setting);
                continue;
            }
            if (eq < 0) {
                throw ProntoException.usage("cache setting '" + setting + "' is not key=value",
                        "settings: timeout=S max_items=N evict_on_read=0|1");
            }
            String name = setting.substring(0, eq);
            String value = setting.substring(eq + 1);
            switch (name) {
                case "timeout" -> timeout = Expiry.positive("timeout", value);
                case "max_items" -> maxItems = Expiry.positive("max_items", value);
                case "evict_on_read" -> evictOnRead = parseFlag(value);
                default -> throw ProntoException.usage("unknown cache setting: " + name,
                        "settings: timeout=S max_items=N evict_on_read=0|1");
            }
        }
        if (timeout == null) {
            throw ProntoException.usage("a cache needs a timeout", "e.g. timeout=3600");
        }
        return new NamespaceSettings(NamespaceKind.TTL, timeout, maxItems, evictOnRead);
    }

    private static boolean parseFlag(String value) {
        return switch (value) {
            case "0" -> false;
            case "1" -> true;
            default -> throw ProntoException.usage("evict_on_read must be 0 or 1, got '" + value + "'");
        };
    }
}
