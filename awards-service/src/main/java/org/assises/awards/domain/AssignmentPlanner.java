package org.assises.awards.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assises.contracts.Side;

/**
 * The automatic assignment: every application gets at least K French and K Chinese jurors who have no
 * conflict with it (potential or confirmed), each time the least loaded one; applications with the
 * fewest possible jurors are served first. What cannot be satisfied is reported, never forced.
 */
public final class AssignmentPlanner {

    /** A juror as the planner sees them. */
    public record Juror(UUID id, Side side) {
    }

    /** A juror on an application. */
    public record Pair(UUID jurorId, UUID applicationId) {
    }

    /** An application that could not get its K jurors of one side. */
    public record Shortfall(UUID applicationId, Side side, int missing) {
    }

    /** The new assignments, what is missing, and every juror's load afterwards. */
    public record Plan(List<Pair> added, List<Shortfall> shortfalls, Map<UUID, Integer> loads) {
    }

    private AssignmentPlanner() {
    }

    public static Plan plan(List<UUID> applications, List<Juror> jurors, Set<Pair> blocked, Set<Pair> existing, int perSide) {
        Map<UUID, Integer> loads = new HashMap<>();
        jurors.forEach(j -> loads.put(j.id(), 0));
        Set<Pair> assigned = new HashSet<>(existing);
        for (Pair pair : existing) {
            loads.computeIfPresent(pair.jurorId(), (id, load) -> load + 1);
        }
        List<UUID> order = applications.stream()
                .sorted(Comparator.comparingLong((UUID app) -> jurors.stream()
                        .filter(j -> !blocked.contains(new Pair(j.id(), app))).count()).thenComparing(app -> app))
                .toList();
        List<Pair> added = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (UUID app : order) {
            for (Side side : Side.values()) {
                long have = jurors.stream().filter(j -> j.side() == side)
                        .filter(j -> assigned.contains(new Pair(j.id(), app)) && !blocked.contains(new Pair(j.id(), app))).count();
                int missing = (int) Math.max(0, perSide - have);
                while (missing > 0) {
                    Juror next = jurors.stream()
                            .filter(j -> j.side() == side)
                            .filter(j -> !assigned.contains(new Pair(j.id(), app)) && !blocked.contains(new Pair(j.id(), app)))
                            .min(Comparator.comparingInt((Juror j) -> loads.get(j.id())).thenComparing(Juror::id))
                            .orElse(null);
                    if (next == null) {
                        shortfalls.add(new Shortfall(app, side, missing));
                        break;
                    }
                    Pair pair = new Pair(next.id(), app);
                    assigned.add(pair);
                    added.add(pair);
                    loads.merge(next.id(), 1, Integer::sum);
                    missing--;
                }
            }
        }
        return new Plan(added, shortfalls, loads);
    }
}
