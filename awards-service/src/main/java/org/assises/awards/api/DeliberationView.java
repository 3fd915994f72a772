package org.assises.awards.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Decision;
import org.assises.awards.domain.Deliberation;
import org.assises.awards.domain.Outcome;
import org.assises.awards.domain.Recusal;
import org.assises.awards.service.DeliberationService;

/** The record of the jury meeting: members present, recusals, decisions; frozen once CLOSED. */
public record DeliberationView(String edition, Deliberation.Status status, OffsetDateTime heldAt, List<JurorView> present,
        List<RecusalView> recusals, List<DecisionView> decisions, @Schema(nullable = true) OffsetDateTime closedAt) {

    /** A recusal. */
    public record RecusalView(UUID jurorId, UUID applicationId, String reason) {
        public static RecusalView from(Recusal r) {
            return new RecusalView(r.jurorId, r.applicationId, r.reason);
        }
    }

    /** A decision with its vote. */
    public record DecisionView(UUID applicationId, Outcome outcome, @Schema(nullable = true) UUID prizeId,
            @Schema(nullable = true) Integer rank, int votesFor,
            int votesAgainst, int abstentions, String reason, OffsetDateTime decidedAt, String decidedBy) {
        public static DecisionView from(Decision d) {
            return new DecisionView(d.applicationId, d.outcome, d.prizeId, d.rank, d.votesFor, d.votesAgainst, d.abstentions, d.reason,
                    Times.paris(d.decidedAt), d.decidedBy);
        }
    }

    public static DeliberationView from(DeliberationService.Record record) {
        Deliberation d = record.deliberation();
        return new DeliberationView(d.edition, d.status, Times.paris(d.heldAt), record.present().stream().map(JurorView::from).toList(),
                record.recusals().stream().map(RecusalView::from).toList(), record.decisions().stream().map(DecisionView::from).toList(),
                Times.paris(d.closedAt));
    }
}
