package io.prontodb.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A row of the command table: name, aliases, one-line summary, usage text, the flags it accepts beyond the
 * global ones, and a supplier so that only the command that runs is loaded.
 */
public record CommandSpec(String name, List<String> aliases, String summary, String usage, Set<Flag> flags,
                          Supplier<Command> factory) {

    /** Flags every command accepts. */
    public static final Set<Flag> GLOBAL_FLAGS = Set.of(Flag.PROJECT, Flag.NAMESPACE, Flag.DB, Flag.NS_DELIM, Flag.HELP);

    public boolean accepts(Flag flag) {
        return GLOBAL_FLAGS.contains(flag) || flags.contains(flag);
    }

    public boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    /** The first line of the usage text: the synopsis. */
    public String synopsis() {
        int newline = usage.indexOf('\n');
        return newline < 0 ? usage : usage.substring(0, newline);
    }
}
