package io.prontodb.portability;

/**
 * What an import did: {@code written} distinct entries, {@code skipped} kept as they were ({@code --on-conflict
 * skip}), and {@code repeated} input records that wrote an address an earlier record of the same import had
 * written ({@code --on-conflict replace}: the last one is kept).
 */
public record ImportResult(long written, long skipped, long repeated) {

    /** The status line of import and import-fs. */
    public String summary() {
        return "imported " + written + " entries"
                + (repeated > 0 ? " (" + repeated + " repeated in the input, the last of each kept)" : "")
                + (skipped > 0 ? ", kept " + skipped + " existing" : "");
    }
}
