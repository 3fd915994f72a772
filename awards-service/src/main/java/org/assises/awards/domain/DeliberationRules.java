package org.assises.awards.domain;

import java.util.Collection;

import org.assises.contracts.Side;

/**
 * What makes a jury meeting valid and its decisions acceptable: a quorum of members present, a
 * bi-national balance (both sides present, the smaller side at least half the larger), and never more
 * laureates than a prize has places.
 */
public final class DeliberationRules {

    private DeliberationRules() {
    }

    /** Why the members present cannot deliberate, or null when they can. */
    public static String whyNotQuorate(Collection<Side> present, int quorum) {
        long french = present.stream().filter(s -> s == Side.FRENCH).count();
        long chinese = present.size() - french;
        if (present.size() < quorum) {
            return present.size() + " member(s) present, the quorum is " + quorum;
        }
        if (french == 0 || chinese == 0) {
            return "both sides must be present (" + french + " French, " + chinese + " Chinese)";
        }
        if (2 * Math.min(french, chinese) < Math.max(french, chinese)) {
            return "the jury is unbalanced: " + french + " French and " + chinese + " Chinese members present "
                    + "(the smaller side must be at least half the larger)";
        }
        return null;
    }

    /** Why a vote cannot be recorded, or null: no more votes than members who may vote. */
    public static String whyVoteInvalid(int votesFor, int votesAgainst, int abstentions, int voters) {
        int cast = votesFor + votesAgainst + abstentions;
        if (cast > voters) {
            return cast + " votes for " + voters + " member(s) present and not recused";
        }
        return null;
    }

    /** Whether one more laureate fits a prize that already has {@code laureates} of its {@code places}. */
    public static boolean roomForLaureate(int laureates, int places) {
        return laureates < places;
    }
}
