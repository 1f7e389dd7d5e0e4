package io.prontodb.cache;

import io.prontodb.address.Address;
import io.prontodb.address.Delimiter;
import io.prontodb.address.ListTarget;
import io.prontodb.address.NamespaceRef;
import io.prontodb.store.sqlite.SqliteStore;
import io.prontodb.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A store on a temp file, a hand-moved clock, and the cache services over them. */
final class CacheFixture implements AutoCloseable {
    static final NamespaceRef CACHE = new NamespaceRef("app", "cache");
    static final NamespaceRef PLAIN = new NamespaceRef("app", "plain");

    final MutableClock clock = new MutableClock(1_700_000_000_000L);
    final SqliteStore store;
    final KeyValueService kv;
    final CacheAdmin admin;

    CacheFixture(Path dir) {
        store = SqliteStore.open(dir.resolve("pronto.db"), 5000);
        kv = new KeyValueService(store, clock);
        admin = new CacheAdmin(store, clock, Delimiter.DEFAULT);
    }

    static Address in(NamespaceRef ns, String key) {
        return new Address(ns.project(), ns.namespace(), key, "");
    }

    void set(NamespaceRef ns, String key, Long ttl) {
        kv.set(in(ns, key), key.getBytes(StandardCharsets.UTF_8), ttl);
    }

    boolean visible(NamespaceRef ns, String key) {
        return kv.get(in(ns, key), false).isPresent();
    }

    /** The row as stored, expired or not, without the service's lazy deletion. */
    boolean stored(NamespaceRef ns, String key) {
        return store.get(in(ns, key)).isPresent();
    }

    List<String> keys(NamespaceRef ns, boolean includeExpired) {
        List<String> keys = new ArrayList<>();
        kv.list(new ListTarget(ns, ""), false, includeExpired, e -> keys.add(e.address().keyPart()));
        return keys;
    }

    @Override
    public void close() {
        store.close();
    }
}
