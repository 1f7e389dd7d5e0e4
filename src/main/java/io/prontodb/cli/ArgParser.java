package io.prontodb.cli;

import io.prontodb.ProntoException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Splits argv into words and flags. Flags may stand anywhere; {@code --} ends flag parsing; a lone {@code -}
 * is a word (stdin). {@code --name=value} and {@code --name value} are both accepted.
 */
public final class ArgParser {
    private ArgParser() {
    }

    public static ParsedArgs parse(String[] args) {
        List<String> words = new ArrayList<>();
        Map<Flag, String> flags = new EnumMap<>(Flag.class);
        boolean flagsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (flagsEnded || arg.equals("-") || !arg.startsWith("-")) {
                words.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                flagsEnded = true;
                continue;
            }
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            String name = eq < 0 ? arg : arg.substring(0, eq);
            Flag flag = Flag.byName(name);
            if (flag == null) {
                throw ProntoException.usage("unknown option: " + name,
                        "run 'prontodb help'; put '--' before a value that starts with '-'");
            }
            if (!flag.takesValue()) {
                if (eq >= 0) {
                    throw ProntoException.usage("option " + name + " takes no value");
                }
                flags.put(flag, "");
            } else if (eq >= 0) {
                put(flags, flag, arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                put(flags, flag, args[++i]);
            } else {
                throw ProntoException.usage("option " + name + " needs a value: " + flag.synopsis());
            }
        }
        return new ParsedArgs(words, flags);
    }

    /** A repeatable flag keeps every value, joined by NUL; any other keeps its last. */
    private static void put(Map<Flag, String> flags, Flag flag, String value) {
        // Not Map.merge: its lambda would be spun on every start whose training never passed a flag.
        String earlier = flags.get(flag);
        flags.put(flag, earlier != null && flag.repeatable() ? earlier + '\0' + value : value);
    }
}
