package org.assises.programme.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rule of a reorder: the new order names every talk still in the running order, each once, and nothing else. */
public final class RunningOrder {

    private RunningOrder() {
    }

    /** Why {@code requested} cannot become the running order of the talks {@code inOrder}; empty when it can. */
    public static List<String> problems(Set<UUID> inOrder, List<UUID> requested) {
        List<String> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID id : requested) {
            if (!seen.add(id)) {
                problems.add("talk " + id + " is listed twice");
            } else if (!inOrder.contains(id)) {
                problems.add("talk " + id + " is not in this session's running order (unknown or withdrawn)");
            }
        }
        inOrder.stream().filter(id -> !seen.contains(id)).sorted()
                .forEach(id -> problems.add("talk " + id + " is missing: list every talk still in the running order"));
        return problems;
    }
}
