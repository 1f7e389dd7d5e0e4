package io.prontodb.sqlsafety;

import io.prontodb.sqlsafety.JavaTokens.Kind;
import io.prontodb.sqlsafety.JavaTokens.Tok;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds SQL built from anything but literals and compile-time constants, in the files that use JDBC
 * ({@code java.sql}). Checked: every concatenation chain
 * holding an SQL literal, every {@code append} onto an SQL builder, the SQL argument of every JDBC call (and of
 * the stores' own query/update/execute helpers), and every assignment to a variable named {@code sql}.
 * Safe pieces: string and number literals, UPPER_CASE constants, ternaries whose branches are safe, local
 * {@code String}s assigned once from safe pieces, and {@link #ALLOWED}. A variable named {@code sql} is accepted as an argument because its assignments are checked.
 */
final class SqlConcatenationScanner {
    static final Set<String> ALLOWED = Set.of(
            "(v+1)", // schema migration counter, an int
            "Schema.MIGRATIONS.get(v)", // literal migration statements
            "PostgresSchema.MIGRATIONS.get(v)",
            "quote(table)", // restore: a table name read from a snapshot whose schema was verified, quoted
            "definition", // restore: a CREATE statement from a snapshot whose schema was verified
            "snapshotVersion"); // restore: the snapshot's schema version, a number
    private static final Set<String> SINKS = Set.of(
            "prepareStatement", "execute", "executeQuery", "executeUpdate", "addBatch", "query", "update");
    private static final Pattern SQL_WORD = Pattern.compile(
            "\\b(SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA|CREATE|DROP|ALTER|VACUUM|WHERE|VALUES|AND|FROM)\\b");
    private static final Pattern CONSTANT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\.)*[A-Z][A-Z0-9_]*");

    private final String file;
    private final List<Tok> t;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> safeLocals = new HashSet<>();

    private SqlConcatenationScanner(String file, String source) {
        this.file = file;
        this.t = JavaTokens.of(source);
    }

    static List<String> violations(String file, String source) {
        if (!source.contains("java.sql")) {
            return List.of();
        }
        SqlConcatenationScanner scanner = new SqlConcatenationScanner(file, source);
        scanner.collectSafeLocals();
        scanner.scan();
        return scanner.violations;
    }

    private void scan() {
        for (int i = 0; i < t.size(); i++) {
            Tok tok = t.get(i);
            if (tok.is("+") && !t.get(i + 1).is("+") && !t.get(i + 1).is("=") && !t.get(i - 1).is("+")) {
                checkChain(operandStart(i - 1), i);
            } else if (tok.kind() == Kind.IDENT && SINKS.contains(tok.text()) && t.get(i + 1).is("(") && isCall(i)) {
                checkArgument(i + 2, "SQL argument of " + tok.text());
            } else if (tok.is("append") && t.get(i - 1).is(".") && isSqlBuilder(operandStart(i - 2), i)) {
                checkArgument(i + 2, "append to an SQL builder");
            } else if (tok.is("sql") && (t.get(i + 1).is(":") || t.get(i + 1).is("=") && !t.get(i + 2).is("="))) {
                checkAssignment(i + 2);
            } else if (tok.is("sql") && t.get(i + 1).is("+") && t.get(i + 2).is("=")) {
                report(i, "'sql +=' concatenation");
            }
        }
    }

    /** {@code String name = <safe>;} with no other assignment to {@code name} in the file. */
    private void collectSafeLocals() {
        Map<String, Integer> assignments = new HashMap<>();
        List<String> candidates = new ArrayList<>();
        for (int i = 1; i + 2 < t.size(); i++) {
            if (t.get(i).kind() == Kind.IDENT && t.get(i + 1).is("=") && !t.get(i + 2).is("=")) {
                String name = t.get(i).text();
                assignments.merge(name, 1, Integer::sum);
                if (t.get(i - 1).is("String") && isSafeExpression(i + 2, argumentEnd(i + 2))) {
                    candidates.add(name);
                }
            }
        }
        candidates.stream().filter(name -> assignments.get(name) == 1).forEach(safeLocals::add);
    }

    private void checkChain(int start, int firstPlus) {
        int end = firstPlus;
        while (end < t.size() && t.get(end).is("+")) {
            end = operandEnd(end + 1);
        }
        if (holdsSqlLiteral(start, end) && !isSafeExpression(start, end)) {
            report(start, "SQL concatenated with a non-constant");
        }
    }

    private void checkArgument(int from, String what) {
        int end = argumentEnd(from);
        if (end == from || text(from, end).equals("sql") || text(from, end).equals("sql.toString()")) {
            return;
        }
        if (!isSafeExpression(from, end)) {
            report(from, what + " is not built from constants: " + text(from, end));
        }
    }

    private void checkAssignment(int from) {
        int end = argumentEnd(from);
        if (t.get(from).is("new") && t.get(from + 1).is("StringBuilder")) {
            checkArgument(from + 3, "StringBuilder for SQL");
        } else if (!isSafeExpression(from, end)) {
            report(from, "sql assigned from a non-constant: " + text(from, end));
        }
    }

    /** A sink name used as a call (not a method declaration such as {@code long update(String sql, ...)}). */
    private boolean isCall(int i) {
        Tok before = t.get(i - 1);
        return before.kind() != Kind.IDENT && !before.is(">") || before.is("return");
    }

    private boolean isSqlBuilder(int receiverStart, int append) {
        return t.get(receiverStart).is("sql") || holdsSqlLiteral(receiverStart, append);
    }

    private boolean holdsSqlLiteral(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).kind() == Kind.STRING && SQL_WORD.matcher(t.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Operands joined by top-level {@code +}, each one safe. */
    private boolean isSafeExpression(int from, int to) {
        if (from >= to) {
            return false;
        }
        int question = topLevel(from, to, "?");
        if (question >= 0) {
            int colon = topLevel(question + 1, to, ":");
            return colon > 0 && isSafeExpression(question + 1, colon) && isSafeExpression(colon + 1, to);
        }
        int k = from;
        while (true) {
            int end = operandEnd(k);
            if (end > to || !isSafeOperand(k, end)) {
                return false;
            }
            if (end == to) {
                return true;
            }
            if (!t.get(end).is("+")) {
                return false;
            }
            k = end + 1;
        }
    }

    private boolean isSafeOperand(int from, int to) {
        String text = text(from, to);
        if (ALLOWED.contains(text) || safeLocals.contains(text)) {
            return true;
        }
        if (to - from == 1 && (t.get(from).kind() == Kind.STRING || t.get(from).kind() == Kind.NUMBER)) {
            return true;
        }
        if (CONSTANT.matcher(text).matches()) {
            return true;
        }
        return t.get(from).is("(") && matching(from) == to - 1 && isSafeExpression(from + 1, to - 1);
    }

    private int operandStart(int k) {
        int j = k;
        while (true) {
            if (t.get(j).is(")")) {
                j = matchingOpen(j);
                if (t.get(j - 1).kind() == Kind.IDENT && !t.get(j - 1).is("return")) {
                    j--;
                }
            }
            if (j >= 2 && t.get(j - 1).is(".")) {
                j -= 2;
            } else {
                break;
            }
        }
        return t.get(j - 1).is("new") ? j - 1 : j;
    }

    private int operandEnd(int k) {
        int j = k;
        if (t.get(j).is("new")) {
            j += 2;
            j = matching(j) + 1;
        } else if (t.get(j).is("(")) {
            j = matching(j) + 1;
        } else {
            j++;
        }
        while (true) {
            if (t.get(j).is("(")) {
                j = matching(j) + 1;
            } else if (t.get(j).is(".") && t.get(j + 1).kind() == Kind.IDENT) {
                j += 2;
            } else {
                return j;
            }
        }
    }

    /** The end of the argument or right-hand side starting at {@code from}: a top-level , ) or ;. */
    private int argumentEnd(int from) {
        int depth = 0;
        for (int k = from; ; k++) {
            Tok tok = t.get(k);
            if (tok.is("(") || tok.is("{") || tok.is("[")) {
                depth++;
            } else if (depth == 0 && (tok.is(",") || tok.is(")") || tok.is(";"))) {
                return k;
            } else if (tok.is(")") || tok.is("}") || tok.is("]")) {
                depth--;
            }
        }
    }

    private int topLevel(int from, int to, String symbol) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).is("(")) {
                depth++;
            } else if (t.get(k).is(")")) {
                depth--;
            } else if (depth == 0 && t.get(k).is(symbol)) {
                return k;
            }
        }
        return -1;
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; ; k++) {
            if (t.get(k).is("(")) {
                depth++;
            } else if (t.get(k).is(")") && --depth == 0) {
                return k;
            }
        }
    }

    private int matchingOpen(int close) {
        int depth = 0;
        for (int k = close; ; k--) {
            if (t.get(k).is(")")) {
                depth++;
            } else if (t.get(k).is("(") && --depth == 0) {
                return k;
            }
        }
    }

    private String text(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) {
            s.append(t.get(k).text());
        }
        return s.toString();
    }

    private void report(int at, String what) {
        violations.add(file + ":" + t.get(at).line() + ": " + what);
    }
}
