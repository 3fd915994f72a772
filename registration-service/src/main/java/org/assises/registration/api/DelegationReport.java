package org.assises.registration.api;

import java.util.List;
import java.util.Map;

/** The answer to a delegation push: how many members had each outcome, and each member's report. */
public record DelegationReport(String edition, String delegationId, Map<MemberOutcome, Integer> counts,
        List<MemberReport> members) {
}
