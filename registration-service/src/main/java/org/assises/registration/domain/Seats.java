package org.assises.registration.domain;

import java.util.List;

import org.assises.contracts.Side;

/**
 * The quota rule: a participant takes one seat of every quota that applies to them (the edition's,
 * their side's, their category's if capped), all or none. Built from the quota rows of one edition
 * read under the edition's seat lock, so deciding in memory cannot oversell.
 */
public final class Seats {

    private final List<Quota> quotas;

    public Seats(List<Quota> quotas) {
        this.quotas = quotas;
    }

    /** Whether a participant of this side and category would get a seat now. */
    public boolean hasRoom(Side side, Category category) {
        return quotas.stream().filter(q -> q.appliesTo(side, category)).allMatch(q -> q.used < q.size);
    }

    /** Takes a seat for a participant of this side and category; false (nothing taken) when any quota is full. */
    public boolean take(Side side, Category category) {
        if (!hasRoom(side, category)) {
            return false;
        }
        quotas.stream().filter(q -> q.appliesTo(side, category)).forEach(q -> q.used++);
        return true;
    }

    /** Gives back the seat a confirmed participant of this side and category held. */
    public void release(Side side, Category category) {
        quotas.stream().filter(q -> q.appliesTo(side, category)).forEach(q -> q.used = Math.max(0, q.used - 1));
    }

    public List<Quota> quotas() {
        return quotas;
    }
}
