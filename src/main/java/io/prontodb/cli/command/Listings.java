package io.prontodb.cli.command;

import io.prontodb.ProntoException;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NameRules;
import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.cli.Output;
import io.prontodb.store.Entry;
import io.prontodb.stream.StreamListingWriter;
import java.util.List;
import java.util.function.Consumer;

/** What keys and scan share: the target, the context filter of --context/--user, and --stream output. */
final class Listings {
    private Listings() {
    }

    /** Lists the target of the operand; {@code plain} prints an entry unless --stream takes over. */
    static void run(Invocation inv, boolean withValues, Consumer<Entry> plain) {
        List<String> operands = inv.operands(0, 1);
        ListTarget target = inv.parser().parseListTarget(operands.isEmpty() ? null : operands.get(0));
        if (inv.has(Flag.STREAM) && inv.has(Flag.JSON)) {
            throw ProntoException.usage("--stream and --json are two output formats; give one of them");
        }
        String context = inv.contextFlag();
        if (context != null) {
            NameRules.check("context", context, inv.scope().delimiter());
        }
        Output out = inv.out();
        StreamListingWriter stream = inv.has(Flag.STREAM)
                ? new StreamListingWriter(line -> {
                    out.write(line);
                    out.newline();
                }, inv.scope().delimiter(), inv.has(Flag.B64))
                : null;
        inv.pronto().list(target, withValues, inv.has(Flag.INCLUDE_EXPIRED), entry -> {
            if (context != null && !context.equals(entry.address().context())) {
                return;
            }
            if (stream != null) {
                stream.write(entry.address(), withValues ? entry.value() : null);
            } else {
                plain.accept(entry);
            }
        });
    }
}
