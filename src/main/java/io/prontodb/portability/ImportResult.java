package io.prontodb.portability;

/** How many entries an import wrote, and how many it kept as they were ({@code --on-conflict skip}). */
public record ImportResult(long written, long skipped) {
}
