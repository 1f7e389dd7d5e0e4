package io.prontodb.portability;

import io.prontodb.ProntoException;
import java.io.InputStream;
import java.io.OutputStream;

/** The two export formats: TSV with a header line, and JSON Lines. */
public enum ExportFormat {
    TSV("tsv"),
    JSONL("jsonl");

    public final String label;

    ExportFormat(String label) {
        this.label = label;
    }

    /** The format named by {@code --format}, else the one a file name suggests ({@code .jsonl}, {@code .ndjson}), else TSV. */
    public static ExportFormat choose(String option, String fileName) {
        if (option != null) {
            for (ExportFormat format : values()) {
                if (format.label.equals(option)) {
                    return format;
                }
            }
            throw ProntoException.usage("unknown format: " + option, "use --format tsv or --format jsonl");
        }
        if (fileName != null && (fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson"))) {
            return JSONL;
        }
        return TSV;
    }

    public RecordWriter writer(OutputStream out) throws java.io.IOException {
        return this == TSV ? TsvFormat.writer(out) : JsonlFormat.writer(out);
    }

    public RecordReader reader(InputStream in) {
        return this == TSV ? TsvFormat.reader(in) : JsonlFormat.reader(in);
    }
}
