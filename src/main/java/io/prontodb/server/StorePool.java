package io.prontodb.server;

import io.prontodb.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/** A fixed number of open stores (one connection each), lent to one request at a time. */
final class StorePool implements AutoCloseable {
    private final BlockingQueue<Store> idle;
    private final List<Store> all = new ArrayList<>();

    StorePool(int size, Supplier<Store> opener) {
        // Fair: requests get a store in the order they asked, so none waits behind later ones (the p99 under load).
        idle = new ArrayBlockingQueue<>(size, true);
        for (int i = 0; i < size; i++) {
            Store store = opener.get();
            all.add(store);
            idle.add(store);
        }
    }

    <T> T with(Function<Store, T> work) {
        Store store;
        try {
            store = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store", e);
        }
        try {
            return work.apply(store);
        } finally {
            idle.add(store);
        }
    }

    @Override
    public void close() {
        all.forEach(Store::close);
    }
}
