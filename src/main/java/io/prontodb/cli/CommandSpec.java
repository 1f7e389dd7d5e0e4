package io.prontodb.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A row of the command table: a name, its aliases and a supplier of the command, so that only the command that
 * runs is loaded; the command itself holds its summary, usage and flags. A group (such as {@code admin}) has a
 * summary of its own and subcommands instead of a supplier.
 */
public record CommandSpec(String name, List<String> aliases, Supplier<Command> factory, String groupSummary,
                          List<CommandSpec> subcommands) {

    /** Flags every command accepts. */
    public static final Set<Flag> GLOBAL_FLAGS = Set.of(Flag.PROJECT, Flag.NAMESPACE, Flag.DB, Flag.CURSOR, Flag.NS_DELIM,
            Flag.HELP);

    public static CommandSpec of(String name, Supplier<Command> factory) {
        return new CommandSpec(name, List.of(), factory, null, List.of());
    }

    public static CommandSpec of(String name, List<String> aliases, Supplier<Command> factory) {
        return new CommandSpec(name, aliases, factory, null, List.of());
    }

    /** A command word whose first operand picks one of {@code subcommands}. */
    public static CommandSpec group(String name, String summary, List<CommandSpec> subcommands) {
        return new CommandSpec(name, List.of(), null, summary, subcommands);
    }

    public boolean isGroup() {
        return !subcommands.isEmpty();
    }

    /** A new instance of the command (never for a group). */
    public Command command() {
        return factory.get();
    }

    public String summary() {
        return isGroup() ? groupSummary : command().summary();
    }

    public String usage() {
        if (!isGroup()) {
            return command().usage();
        }
        StringBuilder usage = new StringBuilder("prontodb ").append(name).append(" SUBCOMMAND ...");
        for (CommandSpec sub : subcommands) {
            usage.append("\n  ").append(sub.name()).append(" ".repeat(Math.max(1, 17 - sub.name().length())))
                    .append(sub.summary());
        }
        return usage.toString();
    }

    public Set<Flag> flags() {
        return isGroup() ? Set.of() : command().flags();
    }

    public CommandSpec subcommand(String word) {
        for (CommandSpec sub : subcommands) {
            if (sub.answersTo(word)) {
                return sub;
            }
        }
        return null;
    }

    public boolean answersTo(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    /** The first line of a usage text: the synopsis. */
    public static String synopsis(String usage) {
        int newline = usage.indexOf('\n');
        return newline < 0 ? usage : usage.substring(0, newline);
    }

    public String synopsis() {
        return synopsis(usage());
    }
}
