package io.prontodb.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A row of the command table: name, aliases, one-line summary, usage text, the flags it accepts beyond the
 * global ones, and a supplier so that only the command that runs is loaded. A group (such as {@code admin})
 * has subcommands instead of a supplier.
 */
public record CommandSpec(String name, List<String> aliases, String summary, String usage, Set<Flag> flags,
                          Supplier<Command> factory, List<CommandSpec> subcommands) {

    public CommandSpec(String name, List<String> aliases, String summary, String usage, Set<Flag> flags,
                       Supplier<Command> factory) {
        this(name, aliases, summary, usage, flags, factory, List.of());
    }

    /** A command word whose first operand picks one of {@code subcommands}. */
    public static CommandSpec group(String name, String summary, List<CommandSpec> subcommands) {
        StringBuilder usage = new StringBuilder("prontodb ").append(name).append(" SUBCOMMAND ...");
        for (CommandSpec sub : subcommands) {
            usage.append("\n  ").append(sub.name()).append(" ".repeat(Math.max(1, 17 - sub.name().length())))
                    .append(sub.summary());
        }
        return new CommandSpec(name, List.of(), summary, usage.toString(), Set.of(), null, subcommands);
    }

    public boolean isGroup() {
        return !subcommands.isEmpty();
    }

    public CommandSpec subcommand(String word) {
        for (CommandSpec sub : subcommands) {
            if (sub.answersTo(word)) {
                return sub;
            }
        }
        return null;
    }

    /** Flags every command accepts. */
    public static final Set<Flag> GLOBAL_FLAGS = Set.of(Flag.PROJECT, Flag.NAMESPACE, Flag.DB, Flag.CURSOR, Flag.NS_DELIM,
            Flag.HELP);

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
