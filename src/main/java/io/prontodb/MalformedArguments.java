package io.prontodb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds command-line arguments that were not valid UTF-8. The JVM decodes argv before {@code main} runs and puts
 * U+FFFD where a byte was malformed, which would silently turn {@code k\xff} into the name {@code k\uFFFD}. Only an
 * argument holding U+FFFD can be affected; its raw bytes are then read back from {@code /proc/self/cmdline}, whose
 * last entries are the program's arguments. Without that file a U+FFFD cannot be told from a replacement and is
 * treated as one: refusing a rare character is better than storing a name the user did not type.
 */
final class MalformedArguments {
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    private MalformedArguments() {
    }

    /** The position (from 1) of the first argument that was not valid UTF-8, or 0 when all were. */
    static int first(String[] args) {
        List<byte[]> raw = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') < 0) {
                continue;
            }
            if (raw == null) {
                raw = rawArguments(args.length);
            }
            if (raw == null || !validUtf8(raw.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The last {@code count} entries of the process's command line, or null when they cannot be read. */
    private static List<byte[]> rawArguments(int count) {
        byte[] line;
        try {
            line = Files.readAllBytes(COMMAND_LINE);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length; i++) {
            if (line[i] == 0) {
                entries.add(Arrays.copyOfRange(line, start, i));
                start = i + 1;
            }
        }
        return entries.size() < count ? null : entries.subList(entries.size() - count, entries.size());
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
