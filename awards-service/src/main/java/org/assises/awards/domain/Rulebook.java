package org.assises.awards.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assises.platform.problem.Problem.Violation;

/**
 * The scoring part of a call's rulebook: criteria with their weights, the scale, how juror totals are
 * aggregated, the quorum of scores, and the dispersion beyond which the jurors are said to disagree.
 *
 * @param weights      criterion code to weight, in the rulebook's order
 * @param disagreement standard deviation of the juror totals (in scale points) above which they disagree
 */
public record Rulebook(Map<String, Double> weights, int scaleMin, int scaleMax, Aggregation aggregation, int quorum,
        double disagreement) {

    public Rulebook {
        weights = new LinkedHashMap<>(weights);
    }

    /** Why a juror's sheet cannot be accepted: unknown or missing criteria, scores off the scale. */
    public List<Violation> check(Map<String, Integer> scores) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (!weights.containsKey(score.getKey())) {
                violations.add(new Violation("scores." + score.getKey(), "is not a criterion of this call's rulebook"));
            } else if (score.getValue() == null || score.getValue() < scaleMin || score.getValue() > scaleMax) {
                violations.add(new Violation("scores." + score.getKey(), "must be between " + scaleMin + " and " + scaleMax));
            }
        }
        for (String code : weights.keySet()) {
            if (!scores.containsKey(code)) {
                violations.add(new Violation("scores." + code, "is required: every criterion gets a score"));
            }
        }
        return violations;
    }

    /** The weighted mean of a complete sheet, on the rulebook's scale. */
    public double weightedTotal(Map<String, Integer> scores) {
        double sum = 0;
        double weightSum = 0;
        for (Map.Entry<String, Double> criterion : weights.entrySet()) {
            sum += criterion.getValue() * scores.get(criterion.getKey());
            weightSum += criterion.getValue();
        }
        return sum / weightSum;
    }
}
