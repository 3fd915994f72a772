package org.assises.programme.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assises.contracts.Side;

/** The rule on a workshop's co-chairs: a pair of one French and one Chinese local government, never the same one twice. */
public final class CoChairPair {

    /** What the co-chair columns hold. */
    static final int LONGEST_NAME = 300;

    private CoChairPair() {
    }

    /** Why these co-chairs cannot be recorded; empty when they can (a pair in the making, one of each side, is fine). */
    public static List<String> problems(List<LocalGovernment> chairs) {
        List<String> problems = new ArrayList<>();
        if (chairs == null || chairs.isEmpty()) {
            return problems;
        }
        if (chairs.size() > 2) {
            problems.add("a workshop has two co-chairs: one French and one Chinese local government");
            return problems;
        }
        for (LocalGovernment chair : chairs) {
            if (longer(chair.name().fr()) || longer(chair.name().zh())) {
                problems.add("a local government's name is at most " + LONGEST_NAME + " characters");
                return problems;
            }
        }
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (LocalGovernment chair : chairs) {
            if (!sides.add(chair.side())) {
                problems.add("two " + chair.side() + " local governments: the pair is one French and one Chinese");
            }
        }
        if (chairs.size() == 2 && sameName(chairs.get(0), chairs.get(1))) {
            problems.add("the same local government cannot chair twice");
        }
        return problems;
    }

    /** One side is named and the other is still missing. */
    public static boolean incomplete(List<LocalGovernment> chairs) {
        return chairs != null && chairs.size() == 1;
    }

    private static boolean longer(String name) {
        return name != null && name.strip().length() > LONGEST_NAME;
    }

    private static boolean sameName(LocalGovernment a, LocalGovernment b) {
        return same(a.name().fr(), b.name().fr()) || same(a.name().zh(), b.name().zh());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
