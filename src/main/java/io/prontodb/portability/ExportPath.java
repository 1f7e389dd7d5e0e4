package io.prontodb.portability;

import io.prontodb.address.Delimiter;
import io.prontodb.address.NameRules;
import io.prontodb.store.RowScope;

/** What an export covers: nothing given is everything; then {@code PROJECT}, {@code P.N} or {@code P.N.PREFIX}. */
public final class ExportPath {
    private ExportPath() {
    }

    public static RowScope parse(String text, Delimiter delimiter) {
        if (text == null) {
            return RowScope.ALL;
        }
        String[] parts = delimiter.split(text);
        if (parts.length > 3) {
            throw io.prontodb.ProntoException.usage("path '" + text + "' has " + parts.length + " parts; expected project["
                    + delimiter + "namespace[" + delimiter + "prefix]]");
        }
        NameRules.check("project", parts[0], delimiter);
        if (parts.length == 1) {
            return new RowScope(parts[0], null, "");
        }
        NameRules.check("namespace", parts[1], delimiter);
        String prefix = parts.length == 3 ? parts[2] : "";
        NameRules.checkCharacters("key prefix", prefix, delimiter);
        return new RowScope(parts[0], parts[1], prefix);
    }
}
