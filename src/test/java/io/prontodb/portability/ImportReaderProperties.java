package io.prontodb.portability;

import static org.assertj.core.api.Assertions.assertThat;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.address.Address;
import io.prontodb.store.Entry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Hostile input for the import readers (TSV, JSON Lines) and the JSON/base64 value parsers. */
class ImportReaderProperties {
    private static final List<String> TSV_PIECES = List.of(TsvFormat.HEADER + "\n", "\t", "\n", "\r", "\\", "\\x",
            "\\xZZ", "\\xff", "\\xc3\\xa9", "\\t", "\\n", "\\\\", "a", "é", "😀", "\u0000", "0", "-1", "1712345678901",
            "99999999999999999999", " ", "\t\t\t\t\t", "\\u0041");
    private static final List<String> JSONL_PIECES = List.of("{", "}", "[", "]", "\"", ":", ",", " ", "\n", "\t",
            "\"project\"", "\"namespace\"", "\"key\"", "\"context\"", "\"value\"", "\"value_b64\"", "\"expires_at\"",
            "\"expired\"", "\"other\"", "\"a\\nb\"", "\"p\"", "\"AAE=\"", "\"=\"", "null", "true", "false", "1", "-0", "1e999",
            "1.5", "9223372036854775808", "\\", "\\u", "\\ud800", "\\uDC00", "\\u00e9", "\\n", "\u0001", "é");

    @Property
    void randomBytesGiveEntriesOrBadDataFromTheTsvReader(@ForAll byte[] input) {
        readAllOrBadData(ExportFormat.TSV, input);
    }

    @Property
    void randomBytesAfterAValidHeaderGiveEntriesOrBadData(@ForAll byte[] input) {
        ByteArrayOutputStream withHeader = new ByteArrayOutputStream();
        withHeader.writeBytes((TsvFormat.HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        withHeader.writeBytes(input);
        readAllOrBadData(ExportFormat.TSV, withHeader.toByteArray());
    }

    @Property
    void randomTsvTokenSequencesGiveEntriesOrBadData(@ForAll("tsvTokens") String input) {
        readAllOrBadData(ExportFormat.TSV, input.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void randomBytesGiveEntriesOrBadDataFromTheJsonlReader(@ForAll byte[] input) {
        readAllOrBadData(ExportFormat.JSONL, input);
    }

    @Example
    void aMemberNameWithALineBreakIsReportedOnOneLine() {
        byte[] line = "{\"project\":\"p\",\"a\\nb\":1}\n".getBytes(StandardCharsets.UTF_8);
        readAllOrBadData(ExportFormat.JSONL, line);
    }

    @Property
    void randomJsonlTokenSequencesGiveEntriesOrBadData(@ForAll("jsonlTokens") String input) {
        readAllOrBadData(ExportFormat.JSONL, input.getBytes(StandardCharsets.UTF_8));
    }

    @Property
    void exportedEntriesReadBackExactlyInBothFormats(@ForAll("entries") List<Entry> entries) throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RecordWriter writer = format.writer(out);
            for (Entry entry : entries) {
                writer.write(entry);
            }
            List<Entry> read = readAll(format, out.toByteArray());
            assertThat(read).as(format.label).hasSameSizeAs(entries);
            for (int i = 0; i < entries.size(); i++) {
                assertThat(read.get(i).address()).isEqualTo(entries.get(i).address());
                assertThat(read.get(i).value()).isEqualTo(entries.get(i).value());
                assertThat(read.get(i).expiresAt()).isEqualTo(entries.get(i).expiresAt());
            }
        }
    }

    @Property
    void randomJsonTokenSequencesAreCanonicalOrBadData(@ForAll("jsonlTokens") String input) {
        try {
            byte[] canonical = CanonicalJson.canonicalize(input.getBytes(StandardCharsets.UTF_8));
            assertThat(CanonicalJson.canonicalize(canonical)).as("canonical form is stable").isEqualTo(canonical);
        } catch (ProntoException e) {
            assertBadData(e);
        }
    }

    @Property
    void randomBytesAreValidBase64OrBadData(@ForAll byte[] input) {
        try {
            byte[] decoded = Base64Values.decode(input);
            assertThat(Base64Values.encode(decoded)).isEqualTo(new String(input, StandardCharsets.US_ASCII).strip());
        } catch (ProntoException e) {
            assertBadData(e);
        }
    }

    @Provide
    Arbitrary<String> tsvTokens() {
        return Arbitraries.of(TSV_PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> jsonlTokens() {
        return Arbitraries.of(JSONL_PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        Arbitrary<String> name = Arbitraries.strings().all().ofMaxLength(12)
                .filter(s -> s.codePoints().noneMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE));
        Arbitrary<byte[]> value = Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
        Arbitrary<Long> expiresAt = Arbitraries.longs().injectNull(0.3);
        Arbitrary<Entry> entry = Combinators.combine(name, name, name, name, value, expiresAt)
                .as((p, n, k, c, v, e) -> new Entry(new Address(p, n, k, c), v, e));
        return entry.list().ofMaxSize(5);
    }

    private static void readAllOrBadData(ExportFormat format, byte[] input) {
        try {
            for (Entry entry : readAll(format, input)) {
                assertThat(entry.address()).isNotNull();
                assertThat(entry.value()).isNotNull();
            }
        } catch (ProntoException e) {
            assertBadData(e);
        }
    }

    private static List<Entry> readAll(ExportFormat format, byte[] input) {
        RecordReader reader = format.reader(new ByteArrayInputStream(input));
        List<Entry> entries = new ArrayList<>();
        for (Entry entry = reader.next(); entry != null; entry = reader.next()) {
            entries.add(entry);
        }
        return entries;
    }

    private static void assertBadData(ProntoException e) {
        assertThat(e.exitCode()).as(e.getMessage()).isEqualTo(ExitCode.DATA);
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
}
