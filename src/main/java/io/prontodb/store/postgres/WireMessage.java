package io.prontodb.store.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The body of one PostgreSQL wire-protocol message, for the training server: written or read field by field. */
final class WireMessage {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final byte[] read;
    private int position;

    WireMessage() {
        this.read = new byte[0];
    }

    WireMessage(byte[] read) {
        this.read = read;
    }

    WireMessage int8(int value) {
        written.write(value);
        return this;
    }

    WireMessage int16(int value) {
        return int8(value >> 8).int8(value);
    }

    WireMessage int32(int value) {
        return int16(value >> 16).int16(value);
    }

    WireMessage bytes(byte[] value) {
        written.writeBytes(value);
        return this;
    }

    WireMessage cstring(String value) {
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
