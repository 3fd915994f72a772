package org.assises.awards.api;

import java.util.List;
import java.util.UUID;

import org.assises.contracts.Side;

/** What the automatic assignment did, what it could not do, and each juror's load afterwards. */
public record AssignmentReport(int perSide, List<AssignmentView> added, List<Shortfall> shortfalls, List<Load> loads) {

    /** An application still short of {@code missing} jurors of {@code side}. */
    public record Shortfall(UUID applicationId, Side side, int missing) {
    }

    /** How many applications a juror has to score. */
    public record Load(UUID jurorId, String name, Side side, int assigned) {
    }
}
