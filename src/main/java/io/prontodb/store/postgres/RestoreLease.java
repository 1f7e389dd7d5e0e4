package io.prontodb.store.postgres;

import io.prontodb.ExitCode;
import io.prontodb.ProntoException;
import io.prontodb.store.Snapshots;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * One restore of a PostgreSQL database at a time, without advisory locks (the distributed engines lack them): a
 * lease row in {@code pronto_restore_lease}, taken by an insert that fails on conflict unless the row's lease has run
 * out, renewed while the restore runs, and deleted when it ends. A restore that is killed leaves its row behind, but
 * only until its lease runs out ({@link #LEASE_MILLIS} after the last renewal); then the next restore takes it over.
 * Times are the server's, so clients' clocks do not matter.
 */
final class RestoreLease implements Snapshots.Lease {
    static final long LEASE_MILLIS = 60_000;
    private static final long RENEW_MILLIS = LEASE_MILLIS / 4;
    private static final String TAKE = "INSERT INTO pronto_restore_lease (id, holder, owner, expires_at)"
            + " VALUES (1, ?, ?, clock_timestamp() + ? * interval '1 millisecond')"
            + " ON CONFLICT (id) DO UPDATE SET holder = EXCLUDED.holder, owner = EXCLUDED.owner,"
            + " expires_at = EXCLUDED.expires_at WHERE pronto_restore_lease.expires_at < clock_timestamp()"
            + " RETURNING holder";
    private static final String RENEW = "UPDATE pronto_restore_lease"
            + " SET expires_at = clock_timestamp() + ? * interval '1 millisecond' WHERE id = 1 AND holder = ?";
    private static final String HELD = "SELECT 1 FROM pronto_restore_lease WHERE id = 1 AND holder = ?";

    private final Connection connection;
    private final Sql db;
    private final String holder;
    private final Thread renewer;

    private RestoreLease(Connection connection, String target, String holder) {
        this.connection = connection;
        this.db = new Sql(connection, target);
        this.holder = holder;
        this.renewer = new Thread(this::renewUntilClosed, "restore-lease");
        renewer.setDaemon(true);
    }

    /** Takes the lease on the database behind {@code connection} (autocommit), which it then owns; BUSY when held. */
    static RestoreLease take(Connection connection, String target) {
        RestoreLease lease = new RestoreLease(connection, target, UUID.randomUUID().toString());
        try {
            createTable(lease.db);
            boolean taken = lease.db.query(TAKE, ps -> {
                ps.setString(1, lease.holder);
                ps.setString(2, "pid " + ProcessHandle.current().pid() + " on " + hostName());
                ps.setLong(3, LEASE_MILLIS);
            }, rs -> rs.next());
            if (!taken) {
                String owner = lease.db.query("SELECT owner FROM pronto_restore_lease WHERE id = 1", ps -> { },
                        rs -> rs.next() ? rs.getString(1) : "another process");
                throw new ProntoException(ExitCode.BUSY, "another restore of " + target + " is running (" + owner + ")",
                        "wait for it to finish and check its result before restoring again; a restore that was killed"
                                + " gives way " + LEASE_MILLIS / 1000 + " s after it stopped");
            }
        } catch (RuntimeException e) {
            lease.closeConnection();
            throw e;
        }
        lease.renewer.start();
        return lease;
    }

    /** Two first restores racing to create the table: the loser finds it made. */
    private static void createTable(Sql db) {
        try {
            db.execute(PostgresSchema.RESTORE_LEASE_TABLE);
        } catch (ProntoException e) {
            if (!(e.getCause() instanceof SQLException cause) || !PostgresStore.isCreationRace(cause)) {
                throw e;
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unnamed host";
        }
    }

    /** Whether this lease still holds, read with {@code other} (in the caller's transaction). */
    boolean heldBy(Sql other) {
        return other.query(HELD, ps -> ps.setString(1, holder), rs -> rs.next());
    }

    private void renewUntilClosed() {
        while (true) {
            try {
                Thread.sleep(RENEW_MILLIS);
            } catch (InterruptedException closed) {
                return;
            }
            try {
                db.update(RENEW, ps -> {
                    ps.setLong(1, LEASE_MILLIS);
                    ps.setString(2, holder);
                });
            } catch (ProntoException lost) {
                // the restore finds the lease gone before it replaces anything
                return;
            }
        }
    }

    @Override
    public void close() {
        renewer.interrupt();
        try {
            renewer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.update("DELETE FROM pronto_restore_lease WHERE id = 1 AND holder = ?", ps -> ps.setString(1, holder));
        } catch (ProntoException gone) {
            // the lease runs out by itself
        } finally {
            closeConnection();
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that failed
        }
    }
}
