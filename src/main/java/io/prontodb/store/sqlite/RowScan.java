package io.prontodb.store.sqlite;

import io.prontodb.store.Entry;
import io.prontodb.store.RowScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole-scope read of both SQLite stores (export, the file-system mirror, deletes by scope): one statement in
 * key order, its names and expiry joined in one column ({@link JoinedNames}) and read through SQLite's handle
 * directly, since every column and every JDBC call costs a JNI round trip and wrapper work per row.
 */
final class RowScan {
    private RowScan() {
    }

    /** Streams the rows of {@code scope} in order to {@code visitor}, preparing the statement with {@code prepare}. */
    static void run(Function<String, NativeStatement> prepare, Path database, RowScope scope, boolean includeExpired,
            long nowMillis, Consumer<Entry> visitor) {
        String prefix = scope.keyPrefix();
        String upper = prefix.isEmpty() ? null : PrefixRange.upperBound(prefix);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + JoinedNames.COLUMN + ", value FROM kv WHERE 1 = 1");
        if (scope.project() != null) {
            sql.append(" AND project = ?");
            parameters.add(scope.project());
        }
        if (scope.namespace() != null) {
            sql.append(" AND namespace = ?");
            parameters.add(scope.namespace());
        }
        if (!prefix.isEmpty()) {
            sql.append(" AND key >= ?");
            parameters.add(prefix);
            if (upper != null) {
                sql.append(" AND key < ?");
                parameters.add(upper);
            }
        }
        if (!includeExpired) {
            sql.append(" AND ").append(SqliteStore.LIVE);
            parameters.add(nowMillis);
        }
        sql.append(" ORDER BY project, namespace, key, context");
        try (NativeStatement statement = prepare.apply(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof Long number) {
                    statement.bind(i + 1, number);
                } else {
                    statement.bind(i + 1, (String) parameters.get(i));
                }
            }
            JoinedNames names = new JoinedNames(database);
            while (statement.step()) {
                visitor.accept(names.entry(statement.blob(0), statement.blob(1)));
            }
        }
    }
}
