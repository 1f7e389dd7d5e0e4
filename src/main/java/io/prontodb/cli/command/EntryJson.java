package io.prontodb.cli.command;

import io.prontodb.cli.Flag;
import io.prontodb.cli.Invocation;
import io.prontodb.portability.JsonText;
import io.prontodb.store.Entry;
import java.util.ArrayList;
import java.util.List;

/** One JSON Lines record of a listing (see docs/json-output.md); the HTTP API sends the same records. */
public final class EntryJson {
    private EntryJson() {
    }

    static String of(Invocation inv, Entry entry, boolean withValue) {
        return of(entry, withValue, inv.has(Flag.B64), inv.has(Flag.INCLUDE_EXPIRED) ? inv.clock().millis() : null);
    }

    /** {@code expiredAsOf} (nullable): when given, the record also says when the entry expires and whether it has. */
    public static String of(Entry entry, boolean withValue, boolean base64, Long expiredAsOf) {
        List<Object> members = new ArrayList<>(List.of(
                "project", JsonText.string(entry.address().project()),
                "namespace", JsonText.string(entry.address().namespace()),
                "key", JsonText.string(entry.address().key()),
                "context", JsonText.string(entry.address().context())));
        if (withValue) {
            members.addAll(List.of((Object[]) JsonText.valueMember(entry.value(), base64)));
        }
        if (expiredAsOf != null) {
            members.addAll(List.of(
                    "expires_at", entry.expiresAt() == null ? "null" : entry.expiresAt().toString(),
                    "expired", Boolean.toString(entry.isExpiredAt(expiredAsOf))));
        }
        return JsonText.object(members.toArray());
    }
}
