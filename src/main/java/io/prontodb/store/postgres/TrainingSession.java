package io.prontodb.store.postgres;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One connection to the training server, from its start-up packet to its Terminate message: SSL refused, a real
 * SCRAM-SHA-256 exchange, then the extended and simple query protocols and COPY FROM STDIN, answered by statement.
 */
final class TrainingSession {
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int ITERATIONS = 4096;
    private static final byte[] SALT = "prontodb-training".getBytes(StandardCharsets.UTF_8);

    private final DataInputStream in;
    private final DataOutputStream out;
    private final Map<String, Statement> statements = new HashMap<>();
    private final Map<String, Statement> portals = new HashMap<>();
    private boolean inTransaction;
    private boolean copyingBySimpleQuery;

    TrainingSession(DataInputStream in, DataOutputStream out) {
        this.in = in;
        this.out = out;
    }

    void serve() throws IOException {
        while (true) {
            int length = in.readInt();
            int code = in.readInt();
            if (code == SSL_REQUEST || code == GSS_REQUEST) {
                out.writeByte('N');
                out.flush();
                continue;
            }
            in.skipNBytes(length - 8);
            break;
        }
        logIn();
        while (true) {
            char type = (char) in.readUnsignedByte();
            WireMessage body = readBody();
            if (type == 'X') {
                return;
            }
            answer(type, body);
            if (type == 'S' || type == 'Q' || type == 'H' || type == 'c') {
                out.flush();
            }
        }
    }

    private void logIn() throws IOException {
        send('R', new WireMessage().int32(10).cstring("SCRAM-SHA-256").cstring(""));
        out.flush();
        WireMessage initial = receive('p');
        initial.cstring();
        String clientFirst = initial.string(initial.int32());
        String clientFirstBare = clientFirst.substring(clientFirst.indexOf(',', clientFirst.indexOf(',') + 1) + 1);
        String nonce = attribute(clientFirstBare, "r") + "training";
        String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(SALT) + ",i=" + ITERATIONS;
        send('R', new WireMessage().int32(11).bytes(serverFirst.getBytes(StandardCharsets.UTF_8)));
        out.flush();
        WireMessage finalMessage = receive('p');
        String clientFinal = finalMessage.string(finalMessage.remaining());
        String withoutProof = clientFinal.substring(0, clientFinal.lastIndexOf(",p="));
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        String signature = Base64.getEncoder().encodeToString(hmac(hmac(saltedPassword(), "Server Key"), authMessage));
        send('R', new WireMessage().int32(12).bytes(("v=" + signature).getBytes(StandardCharsets.UTF_8)));
        send('R', new WireMessage().int32(0));
        String[][] parameters = {{"server_version", "15.0"}, {"server_encoding", "UTF8"}, {"client_encoding", "UTF8"},
            {"DateStyle", "ISO, MDY"}, {"integer_datetimes", "on"}, {"standard_conforming_strings", "on"},
            {"TimeZone", "UTC"}, {"IntervalStyle", "postgres"}, {"is_superuser", "off"},
            {"application_name", "prontodb"}, {"session_authorization", TrainingServer.USER}};
        for (String[] parameter : parameters) {
            send('S', new WireMessage().cstring(parameter[0]).cstring(parameter[1]));
        }
        send('K', new WireMessage().int32(1).int32(1));
        readyForQuery();
        out.flush();
    }

    private void answer(char type, WireMessage body) throws IOException {
        switch (type) {
            case 'P' -> {
                String name = body.cstring();
                String sql = body.cstring();
                int[] parameterTypes = new int[body.int16()];
                for (int i = 0; i < parameterTypes.length; i++) {
                    parameterTypes[i] = body.int32();
                }
                statements.put(name, new Statement(sql, parameterTypes, new short[0]));
                send('1', new WireMessage());
            }
            case 'B' -> {
                String portal = body.cstring();
                Statement statement = statements.get(body.cstring());
                body.skip(2 * body.int16());
                for (int parameters = body.int16(); parameters > 0; parameters--) {
                    body.skip(Math.max(0, body.int32()));
                }
                short[] formats = new short[body.int16()];
                for (int i = 0; i < formats.length; i++) {
                    formats[i] = (short) body.int16();
                }
                portals.put(portal, statement.withResultFormats(formats));
                send('2', new WireMessage());
            }
            case 'D' -> {
                char kind = (char) body.int8();
                String name = body.cstring();
                Statement statement = kind == 'S' ? statements.get(name) : portals.get(name);
                if (kind == 'S') {
                    describeParameters(statement.parameterTypes());
                }
                describeRows(statement);
            }
            case 'E' -> execute(portals.get(body.cstring()));
            case 'C' -> send('3', new WireMessage());
            case 'S' -> readyForQuery();
            case 'Q' -> {
                String sql = body.cstring();
                Statement statement = new Statement(sql, new int[0], new short[0]);
                if (!CannedColumn.of(sql).isEmpty()) {
                    describeRows(statement);
                }
                if (!execute(statement)) {
                    copyingBySimpleQuery = true;
                } else {
                    readyForQuery();
                }
            }
            case 'c' -> {
                send('C', new WireMessage().cstring("COPY 1"));
                if (copyingBySimpleQuery) {
                    copyingBySimpleQuery = false;
                    readyForQuery();
                }
            }
            default -> { }
        }
    }

    /** The parameter types the client declared; those it left open are text. */
    private void describeParameters(int[] declared) throws IOException {
        WireMessage types = new WireMessage().int16(declared.length);
        for (int type : declared) {
            types.int32(type == 0 ? CannedColumn.TEXT : type);
        }
        send('t', types);
    }

    private void describeRows(Statement statement) throws IOException {
        List<CannedColumn> columns = CannedColumn.of(statement.sql());
        if (columns.isEmpty()) {
            send('n', new WireMessage());
            return;
        }
        WireMessage description = new WireMessage().int16(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            CannedColumn column = columns.get(i);
            description.cstring(column.name()).int32(0).int16(0).int32(column.type()).int16(-1).int32(-1)
                    .int16(statement.binary(i) ? 1 : 0);
        }
        send('T', description);
    }

    /** Sends the statement's rows and completion; false for a COPY FROM STDIN, which waits for its data. */
    private boolean execute(Statement statement) throws IOException {
        String sql = statement.sql();
        String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (verb.equals("COPY") && sql.contains("FROM STDIN")) {
            String columnList = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
            int columns = columnList.split(",").length;
            WireMessage response = new WireMessage().int8(1).int16(columns);
            for (int i = 0; i < columns; i++) {
                response.int16(1);
            }
            send('G', response);
            out.flush();
            return false;
        }
        List<CannedColumn> columns = CannedColumn.of(sql);
        int rows = columns.isEmpty() || sql.contains("sys_namespaces") ? 0 : 1;
        for (int r = 0; r < rows; r++) {
            WireMessage row = new WireMessage().int16(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                byte[] value = columns.get(i).sample(sql, statement.binary(i));
                row.int32(value == null ? -1 : value.length);
                if (value != null) {
                    row.bytes(value);
                }
            }
            send('D', row);
        }
        switch (verb) {
            case "BEGIN" -> inTransaction = true;
            case "COMMIT", "ROLLBACK" -> inTransaction = false;
            default -> { }
        }
        String tag = switch (verb) {
            case "SELECT" -> "SELECT " + rows;
            case "INSERT" -> "INSERT 0 1";
            case "UPDATE", "DELETE" -> verb + " 1";
            default -> verb;
        };
        send('C', new WireMessage().cstring(tag));
        return true;
    }

    private void readyForQuery() throws IOException {
        send('Z', new WireMessage().int8(inTransaction ? 'T' : 'I'));
    }

    private WireMessage receive(char expected) throws IOException {
        char type = (char) in.readUnsignedByte();
        if (type != expected) {
            throw new IOException("training server: expected message " + expected + ", got " + type);
        }
        return readBody();
    }

    /** The body of the message whose type byte was just read: its length counts itself. */
    private WireMessage readBody() throws IOException {
        return new WireMessage(in.readNBytes(in.readInt() - 4));
    }

    private void send(char type, WireMessage body) throws IOException {
        byte[] bytes = body.toBytes();
        out.writeByte(type);
        out.writeInt(bytes.length + 4);
        out.write(bytes);
    }

    /** A parsed statement, or a portal bound from one with the result formats the client asked for. */
    private record Statement(String sql, int[] parameterTypes, short[] resultFormats) {
        Statement withResultFormats(short[] formats) {
            return new Statement(sql, parameterTypes, formats);
        }

        /** No format codes: all text; one: that format for every column; else one per column. */
        boolean binary(int column) {
            return resultFormats.length > 0 && resultFormats[resultFormats.length == 1 ? 0 : column] == 1;
        }
    }

    private static String attribute(String message, String name) {
        for (String part : message.split(",")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new IllegalArgumentException("training server: no " + name + " in " + message);
    }

    private static byte[] saltedPassword() {
        try {
            PBEKeySpec spec = new PBEKeySpec(TrainingServer.PASSWORD.toCharArray(), SALT, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
