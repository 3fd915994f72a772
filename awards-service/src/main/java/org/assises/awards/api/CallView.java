package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Aggregation;
import org.assises.awards.domain.AwardCall;
import org.assises.awards.domain.Criterion;
import org.assises.awards.domain.Prize;
import org.assises.contracts.LocalizedText;
import org.assises.contracts.Theme;

/** A call as everyone reads it once opened: rulebook, criteria, prizes and calendar in the edition's time zone. */
public record CallView(
        String edition,
        LocalizedText rules,
        LocalizedText eligibility,
        List<Theme> themes,
        List<CriterionView> criteria,
        int scaleMin,
        int scaleMax,
        Aggregation aggregation,
        int quorum,
        int jurorsPerSide,
        double disagreement,
        int deliberationQuorum,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        OffsetDateTime scoringOpensAt,
        OffsetDateTime scoringClosesAt,
        OffsetDateTime ceremonyAt,
        @Schema(description = "Whether applications are accepted now") boolean acceptingApplications,
        List<PrizeView> prizes) {

    /** A criterion of the rulebook. */
    public record CriterionView(String code, LocalizedText name, double weight) {
        static CriterionView from(Criterion c) {
            return new CriterionView(c.code, c.name.text(), c.weight);
        }
    }

    public static CallView from(AwardCall call, ZoneId zone, List<Criterion> criteria, List<Prize> prizes, boolean accepting) {
        return new CallView(call.edition, call.rules.text(), call.eligibility.text(), call.themes,
                criteria.stream().map(CriterionView::from).toList(), call.scaleMin, call.scaleMax, call.aggregation, call.quorum,
                call.jurorsPerSide, call.disagreement, call.deliberationQuorum, Times.in(call.opensAt, zone),
                Times.in(call.closesAt, zone), Times.in(call.scoringOpensAt, zone), Times.in(call.scoringClosesAt, zone),
                Times.in(call.ceremonyAt, zone), accepting, prizes.stream().map(PrizeView::from).toList());
    }
}
