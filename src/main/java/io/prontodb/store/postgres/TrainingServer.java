package io.prontodb.store.postgres;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
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
 * A stand-in PostgreSQL server on a loopback port, only for the start-up cache's training run, which has no real
 * server to log in to: it speaks enough of the wire protocol (SSL refusal, a SCRAM-SHA-256 login, the extended query
 * protocol) for a ProntoDB key-value call to take exactly the path it takes against a real server, so the cache
 * records that path's classes and call sites. Its answers are shaped by the statement, not by any data: the schema
 * is current, a namespace has no settings, a select on {@code kv} finds one row. Never used to serve users.
 */
public final class TrainingServer implements AutoCloseable {
    public static final String USER = "training";
    public static final String PASSWORD = "training";
    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final int ITERATIONS = 4096;
    private static final byte[] SALT = "prontodb-training".getBytes(StandardCharsets.UTF_8);

    private final ServerSocket listener;
    private final Thread acceptor;

    private TrainingServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptAll, "training-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static TrainingServer start() {
        try {
            return new TrainingServer(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A target naming this server; the password is {@link #PASSWORD}. */
    public String target() {
        return "postgresql://" + USER + "@127.0.0.1:" + listener.getLocalPort() + "/training";
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptAll() {
        while (true) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            try (socket) {
                new Session(new DataInputStream(new BufferedInputStream(socket.getInputStream())),
                        new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()))).serve();
            } catch (IOException | RuntimeException e) {
                // The connection ends here, so the client's call fails and with it the training: never a hang.
            }
        }
    }

    /** One client connection, from its start-up packet to its Terminate message. */
    private static final class Session {
        private final DataInputStream in;
        private final DataOutputStream out;
        private final Map<String, Statement> statements = new HashMap<>();
        private final Map<String, Statement> portals = new HashMap<>();
        private boolean inTransaction;
        private boolean copyingBySimpleQuery;

        Session(DataInputStream in, DataOutputStream out) {
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
                byte[] body = in.readNBytes(in.readInt() - 4);
                if (type == 'X') {
                    return;
                }
                answer(type, new Message(body));
                if (type == 'S' || type == 'Q' || type == 'H' || type == 'c') {
                    out.flush();
                }
            }
        }

        private void logIn() throws IOException {
            send('R', new Message().int32(10).cstring("SCRAM-SHA-256").cstring(""));
            out.flush();
            Message initial = receive('p');
            initial.cstring();
            String clientFirst = initial.string(initial.int32());
            String clientFirstBare = clientFirst.substring(clientFirst.indexOf(',', clientFirst.indexOf(',') + 1) + 1);
            String nonce = attribute(clientFirstBare, "r") + "training";
            String serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(SALT) + ",i=" + ITERATIONS;
            send('R', new Message().int32(11).bytes(serverFirst.getBytes(StandardCharsets.UTF_8)));
            out.flush();
            Message finalMessage = receive('p');
            String clientFinal = finalMessage.string(finalMessage.remaining());
            String withoutProof = clientFinal.substring(0, clientFinal.lastIndexOf(",p="));
            String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            String signature = Base64.getEncoder().encodeToString(hmac(hmac(saltedPassword(), "Server Key"), authMessage));
            send('R', new Message().int32(12).bytes(("v=" + signature).getBytes(StandardCharsets.UTF_8)));
            send('R', new Message().int32(0));
            String[][] parameters = {{"server_version", "15.0"}, {"server_encoding", "UTF8"}, {"client_encoding", "UTF8"},
                {"DateStyle", "ISO, MDY"}, {"integer_datetimes", "on"}, {"standard_conforming_strings", "on"},
                {"TimeZone", "UTC"}, {"IntervalStyle", "postgres"}, {"is_superuser", "off"},
                {"application_name", "prontodb"}, {"session_authorization", USER}};
            for (String[] parameter : parameters) {
                send('S', new Message().cstring(parameter[0]).cstring(parameter[1]));
            }
            send('K', new Message().int32(1).int32(1));
            readyForQuery();
            out.flush();
        }

        private void answer(char type, Message body) throws IOException {
            switch (type) {
                case 'P' -> {
                    String name = body.cstring();
                    String sql = body.cstring();
                    int[] parameterTypes = new int[body.int16()];
                    for (int i = 0; i < parameterTypes.length; i++) {
                        parameterTypes[i] = body.int32();
                    }
                    statements.put(name, new Statement(sql, parameterTypes, new short[0]));
                    send('1', new Message());
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
                    send('2', new Message());
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
                case 'C' -> send('3', new Message());
                case 'S' -> readyForQuery();
                case 'Q' -> {
                    String sql = body.cstring();
                    Statement statement = new Statement(sql, new int[0], new short[0]);
                    if (!Column.of(sql).isEmpty()) {
                        describeRows(statement);
                    }
                    if (!execute(statement)) {
                        copyingBySimpleQuery = true;
                    } else {
                        readyForQuery();
                    }
                }
                case 'c' -> {
                    send('C', new Message().cstring("COPY 1"));
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
            Message types = new Message().int16(declared.length);
            for (int type : declared) {
                types.int32(type == 0 ? Column.TEXT : type);
            }
            send('t', types);
        }

        private void describeRows(Statement statement) throws IOException {
            List<Column> columns = Column.of(statement.sql());
            if (columns.isEmpty()) {
                send('n', new Message());
                return;
            }
            Message description = new Message().int16(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
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
                Message response = new Message().int8(1).int16(columns);
                for (int i = 0; i < columns; i++) {
                    response.int16(1);
                }
                send('G', response);
                out.flush();
                return false;
            }
            List<Column> columns = Column.of(sql);
            int rows = columns.isEmpty() || sql.contains("sys_namespaces") ? 0 : 1;
            for (int r = 0; r < rows; r++) {
                Message row = new Message().int16(columns.size());
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
            send('C', new Message().cstring(tag));
            return true;
        }

        private void readyForQuery() throws IOException {
            send('Z', new Message().int8(inTransaction ? 'T' : 'I'));
        }

        private Message receive(char expected) throws IOException {
            char type = (char) in.readUnsignedByte();
            byte[] body = in.readNBytes(in.readInt() - 4);
            if (type != expected) {
                throw new IOException("training server: expected message " + expected + ", got " + type);
            }
            return new Message(body);
        }

        private void send(char type, Message body) throws IOException {
            byte[] bytes = body.toBytes();
            out.writeByte(type);
            out.writeInt(bytes.length + 4);
            out.write(bytes);
        }
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

    /** A result column, typed by its name as ProntoDB's tables type it. */
    private record Column(String name, int type) {
        static final int BOOL = 16;
        static final int BYTEA = 17;
        static final int INT8 = 20;
        static final int INT4 = 23;
        static final int TEXT = 25;

        /** The columns a SELECT returns: its select list, split at top-level commas. */
        static List<Column> of(String sql) {
            String text = sql.strip();
            if (!text.regionMatches(true, 0, "SELECT ", 0, 7)) {
                return List.of();
            }
            List<Column> columns = new ArrayList<>();
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

        private static Column named(String expression) {
            String name = expression.substring(expression.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            int type = switch (name) {
                case "version" -> INT4;
                case "value", "null::bytea" -> BYTEA;
                case "expires_at", "ttl_seconds", "max_items", "write_seq", "count(*)" -> INT8;
                case "evict_on_read" -> BOOL;
                default -> expression.startsWith("nextval") ? INT8 : expression.startsWith("NOT EXISTS") ? BOOL : TEXT;
            };
            return new Column(name, type);
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

    /** A protocol message body: written field by field, or read field by field. */
    private static final class Message {
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private final byte[] read;
        private int position;

        Message() {
            this.read = new byte[0];
        }

        Message(byte[] read) {
            this.read = read;
        }

        Message int8(int value) {
            written.write(value);
            return this;
        }

        Message int16(int value) {
            return int8(value >> 8).int8(value);
        }

        Message int32(int value) {
            return int16(value >> 16).int16(value);
        }

        Message bytes(byte[] value) {
            written.writeBytes(value);
            return this;
        }

        Message cstring(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8)).int8(0);
        }

        byte[] toBytes() {
            return written.toByteArray();
        }

        int int8() {
            return read[position++] & 0xff;
        }

        int int16() {
            return int8() << 8 | int8();
        }

        void skip(int bytes) {
            position += bytes;
        }

        int int32() {
            return int8() << 24 | int8() << 16 | int8() << 8 | int8();
        }

        int remaining() {
            return read.length - position;
        }

        String string(int length) {
            String value = new String(read, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        String cstring() {
            int end = position;
            while (read[end] != 0) {
                end++;
            }
            String value = string(end - position);
            position++;
            return value;
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
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), SALT, ITERATIONS, 256);
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
