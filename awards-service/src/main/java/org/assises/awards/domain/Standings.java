package org.assises.awards.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assises.contracts.Side;
import org.assises.contracts.Theme;

/**
 * Aggregates juror scores into each application's standing and ranks the applications per prize:
 * the weighted total per juror, the mean or median of the totals that count (conflicted scores do
 * not), their dispersion, and the quorum (at least Q scores, at least one per side) to be ranked.
 */
public final class Standings {

    /** One juror's sheet as the computation needs it; {@code excluded} when a confirmed conflict takes it out. */
    public record Sheet(UUID jurorId, Side side, UUID applicationId, Map<String, Integer> scores, boolean excluded) {
    }

    /** An application in competition. */
    public record Candidate(UUID applicationId, Theme theme) {
    }

    /** Where one application stands: null aggregate and dispersion when no score counts. */
    public record Standing(UUID applicationId, Theme theme, int scores, int french, int chinese, int excluded,
            Double aggregate, Double dispersion, boolean disagree, boolean ranked, String notRankedBecause) {
    }

    /** One line of a prize's ranking: {@code rank} is null for an application short of quorum. */
    public record Line(Integer rank, Standing standing) {
    }

    private final Rulebook rulebook;
    private final Map<UUID, Standing> byApplication;

    private Standings(Rulebook rulebook, Map<UUID, Standing> byApplication) {
        this.rulebook = rulebook;
        this.byApplication = byApplication;
    }

    /** Computes every application's standing from every sheet of the edition. */
    public static Standings compute(Rulebook rulebook, List<Candidate> candidates, List<Sheet> sheets) {
        Map<UUID, List<Sheet>> byApplication = new HashMap<>();
        for (Sheet sheet : sheets) {
            byApplication.computeIfAbsent(sheet.applicationId(), id -> new ArrayList<>()).add(sheet);
        }
        Map<UUID, Standing> standings = new HashMap<>();
        for (Candidate candidate : candidates) {
            standings.put(candidate.applicationId(),
                    standing(rulebook, candidate, byApplication.getOrDefault(candidate.applicationId(), List.of())));
        }
        return new Standings(rulebook, standings);
    }

    private static Standing standing(Rulebook rulebook, Candidate candidate, List<Sheet> sheets) {
        double[] totals = new double[sheets.size()];
        int counted = 0;
        int french = 0;
        int chinese = 0;
        int excluded = 0;
        for (Sheet sheet : sheets) {
            if (sheet.excluded()) {
                excluded++;
                continue;
            }
            totals[counted++] = rulebook.weightedTotal(sheet.scores());
            if (sheet.side() == Side.FRENCH) {
                french++;
            } else {
                chinese++;
            }
        }
        double[] counting = Arrays.copyOf(totals, counted);
        Double aggregate = counted == 0 ? null : round(aggregate(rulebook.aggregation(), counting));
        Double dispersion = counted == 0 ? null : round(standardDeviation(counting));
        boolean disagree = dispersion != null && counted > 1 && dispersion > rulebook.disagreement();
        String notRanked = null;
        if (counted < rulebook.quorum()) {
            notRanked = counted + " score(s) count, the quorum is " + rulebook.quorum();
        } else if (french == 0 || chinese == 0) {
            notRanked = "no score from the " + (french == 0 ? "French" : "Chinese") + " side";
        }
        return new Standing(candidate.applicationId(), candidate.theme(), counted, french, chinese, excluded, aggregate,
                dispersion, disagree, notRanked == null, notRanked);
    }

    static double aggregate(Aggregation aggregation, double[] totals) {
        if (aggregation == Aggregation.MEAN) {
            return Arrays.stream(totals).average().orElseThrow();
        }
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double standardDeviation(double[] totals) {
        double mean = Arrays.stream(totals).average().orElse(0);
        double squares = 0;
        for (double total : totals) {
            squares += (total - mean) * (total - mean);
        }
        return Math.sqrt(squares / totals.length);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    public Rulebook rulebook() {
        return rulebook;
    }

    public Standing of(UUID applicationId) {
        return byApplication.get(applicationId);
    }

    /**
     * The ranking for a prize on {@code theme} (null: a special prize, open to every theme): ranked
     * applications by aggregate, highest first (ties: the one the jurors agree most on, then by
     * id so that the order is stable), then those short of quorum, unranked.
     */
    public List<Line> ranking(Theme theme) {
        List<Standing> eligible = byApplication.values().stream()
                .filter(s -> theme == null || s.theme() == theme)
                .sorted(Comparator.comparing(Standing::ranked).reversed()
                        .thenComparing(s -> s.aggregate() == null ? Double.NEGATIVE_INFINITY : s.aggregate(), Comparator.reverseOrder())
                        .thenComparing(s -> s.dispersion() == null ? Double.POSITIVE_INFINITY : s.dispersion())
                        .thenComparing(Standing::applicationId))
                .toList();
        List<Line> lines = new ArrayList<>(eligible.size());
        int rank = 0;
        for (Standing standing : eligible) {
            lines.add(new Line(standing.ranked() ? ++rank : null, standing));
        }
        return lines;
    }
}
