package org.assises.registration.api;

import org.assises.registration.domain.Quota;

/** Seats of one quota: its size, how many are taken, how many are left. */
public record QuotaView(int size, int used, int free) {

    public static QuotaView from(Quota q) {
        return new QuotaView(q.size, q.used, q.free());
    }
}
