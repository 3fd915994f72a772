package org.assises.platform.snapshot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-emits the current state of every aggregate of an edition as snapshot events, so that consumers can
 * rebuild their read models while the traffic goes on: the run and its paging, one short transaction per page
 * of {@value #PAGE_SIZE}, never one giant one. What a page reads, locks and emits is the producing service's.
 */
public final class Snapshots {

    /** Aggregates per transaction. */
    public static final int PAGE_SIZE = 500;

    /** The smallest UUID in PostgreSQL's order, where the keyset paging starts. */
    private static final UUID FIRST = new UUID(0, 0);

    private Snapshots() {
    }

    /** One page of a run, in the transaction the run opens for it. */
    @FunctionalInterface
    public interface Page {

        /**
         * Reads at most {@code size} aggregates of the edition whose id comes after {@code after} in id order,
         * and writes their snapshot events to the outbox.
         *
         * @return the ids of the aggregates snapshotted, in id order
         */
        List<UUID> emitAfter(UUID after, int size);
    }

    /** Runs every page until one comes back short; logs the run at INFO with its id and count. */
    public static SnapshotRun run(String edition, String topic, String type, Page page) {
        UUID snapshotId = UUID.randomUUID();
        OffsetDateTime startedAt = OffsetDateTime.now();
        long total = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> page.emitAfter(from, PAGE_SIZE));
            total += ids.size();
            if (ids.size() < PAGE_SIZE) {
                break;
            }
            after = ids.get(ids.size() - 1);
        }
        Log.infof("Snapshot %s of edition %s: %d %s events written for %s", snapshotId, edition, total, type, topic);
        return new SnapshotRun(snapshotId, edition, topic, type, total, startedAt, OffsetDateTime.now());
    }
}
