package io.prontodb.store.postgres;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A result column of the training server's answers, typed by its name as ProntoDB's tables type it, with the value
 * it takes in the one row a select returns.
 */
record CannedColumn(String name, int type) {
    static final int BOOL = 16;
    static final int BYTEA = 17;
    static final int INT8 = 20;
    static final int INT4 = 23;
    static final int TEXT = 25;

    /** The columns a SELECT returns: its select list, split at top-level commas. */
    static List<CannedColumn> of(String sql) {
        String text = sql.strip();
        if (!text.regionMatches(true, 0, "SELECT ", 0, 7)) {
            return List.of();
        }
        List<CannedColumn> columns = new ArrayList<>();
        int depth = 0;
        int start = 7;
        for (int i = start; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            boolean end = i == text.length() || depth == 0 && text.regionMatches(true, i, " FROM ", 0, 6);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (end || depth == 0 && c == ',') {
                columns.add(named(text.substring(start, i).strip()));
                if (end) {
                    break;
                }
                start = i + 1;
            }
        }
        return columns;
    }

    private static CannedColumn named(String expression) {
        String name = expression.substring(expression.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        int type = switch (name) {
            case "version" -> INT4;
            case "value", "null::bytea" -> BYTEA;
            case "expires_at", "ttl_seconds", "max_items", "write_seq", "count(*)" -> INT8;
            case "evict_on_read" -> BOOL;
            default -> expression.startsWith("nextval") ? INT8 : expression.startsWith("NOT EXISTS") ? BOOL : TEXT;
        };
        return new CannedColumn(name, type);
    }

    /** The value of this column in the one row a select returns, in text or binary format. */
    byte[] sample(String sql, boolean binary) {
        ByteBuffer value = switch (type) {
            case INT4 -> number(sql.contains("pronto_schema") ? PostgresSchema.latestVersion() : 1, 4, binary);
            case INT8 -> name.equals("expires_at") ? null : number(1, 8, binary);
            case BOOL -> binary ? ByteBuffer.wrap(new byte[] {0}) : text("f");
            case BYTEA -> name.equals("value") ? (binary ? text("value") : text("\\x76616c7565")) : null;
            default -> text(name.equals("context") ? "" : "train");
        };
        return value == null ? null : value.array();
    }

    private static ByteBuffer number(long value, int bytes, boolean binary) {
        if (!binary) {
            return text(String.valueOf(value));
        }
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        return bytes == 4 ? buffer.putInt(0, (int) value) : buffer.putLong(0, value);
    }

    private static ByteBuffer text(String value) {
        return ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8));
    }
}
