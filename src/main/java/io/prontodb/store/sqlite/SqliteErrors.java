package io.prontodb.store.sqlite;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Translates SQLite failures into the product's exit codes and messages. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static ProntoException translate(SQLException e, Path database) {
        int primary = e instanceof SQLiteException sqlite ? sqlite.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new ProntoException(ExitCode.BUSY, "database is busy: " + database,
                    "another process held the write lock longer than busy_timeout_ms", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new ProntoException(ExitCode.IO, "not a valid ProntoDB database (or it is damaged): " + database,
                    "restore it from a backup, or point -d/--db at another file", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new ProntoException(ExitCode.IO, "disk full while writing " + database, null, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return new ProntoException(ExitCode.IO, "cannot open or write database " + database + ": "
                    + firstLine(e.getMessage()), null, e);
        }
        return new ProntoException(ExitCode.ERROR, "database error: " + firstLine(e.getMessage()), null, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
