package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import java.sql.SQLException;

/** Translates PostgreSQL failures (by SQLSTATE) into the product's exit codes and one-line messages. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    /** A transaction that lost a serialization conflict or a deadlock: safe to run again from the start. */
    static final class SerializationFailure extends ProntoException {
        SerializationFailure(String target, SQLException cause) {
            super(ExitCode.BUSY, "transaction on " + target + " could not be serialized with concurrent writers",
                    "nothing was written; run the command again", cause);
        }
    }

    /** A failure to log in or connect; a connection error here means none was made. */
    static ProntoException translateConnect(SQLException e, String target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.equals("57P03")) {
            return new ProntoException(ExitCode.IO, "cannot connect to " + target + ": " + firstLine(e),
                    "check that the server is running and the URL's host, port and sslmode", e);
        }
        return translate(e, target);
    }

    static ProntoException translate(SQLException e, String target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("40001") || state.equals("40P01")) {
            return new SerializationFailure(target, e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return new ProntoException(ExitCode.IO, "lost the connection to " + target + ": " + firstLine(e),
                    "nothing of the interrupted command was written", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new ProntoException(ExitCode.DENIED, "login refused by " + target + ": " + firstLine(e),
                    "check the user in the URL and the password in PGPASSWORD, PGPASSFILE or ~/.pgpass", e);
        }
        if (state.equals("3D000")) {
            return new ProntoException(ExitCode.IO, "database does not exist: " + target,
                    "create it first (createdb), or point -d at an existing database", e);
        }
        if (state.equals("42501")) {
            return new ProntoException(ExitCode.DENIED, "permission denied on " + target + ": " + firstLine(e),
                    "ProntoDB needs a user that may create tables in the database (for example its owner)", e);
        }
        if (state.equals("55P03") || state.equals("57014")) {
            return new ProntoException(ExitCode.BUSY, "database is busy: " + target,
                    "another writer held a lock longer than busy_timeout_ms", e);
        }
        if (state.equals("53100") || state.equals("53200")) {
            return new ProntoException(ExitCode.IO, "the server ran out of space or memory: " + firstLine(e), null, e);
        }
        return new ProntoException(ExitCode.ERROR, "database error on " + target + ": " + firstLine(e), null, e);
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage();
        if (message == null) {
            return "unknown";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
