package io.prontodb.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The command line split into words (command and operands, in order) and flags with their values. */
public record ParsedArgs(List<String> words, Map<Flag, String> flags) {

    public ParsedArgs {
        words = List.copyOf(words);
        flags = flags.isEmpty() ? Map.of() : new EnumMap<>(flags);
    }

    public boolean has(Flag flag) {
        return flags.containsKey(flag);
    }

    public String value(Flag flag) {
        return flags.get(flag);
    }

    /** Every value of a repeatable flag, in order (argv strings never hold NUL, which joins them). */
    public List<String> values(Flag flag) {
        String joined = flags.get(flag);
        return joined == null ? List.of() : List.of(joined.split("\0", -1));
    }

    public String commandName() {
        return words.isEmpty() ? null : words.get(0);
    }

    /** The words after the command word. */
    public List<String> operands() {
        return words.isEmpty() ? List.of() : words.subList(1, words.size());
    }
}
