package org.assises.awards.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.assises.awards.domain.Juror;
import org.assises.contracts.Side;

/** A jury member. */
public record JurorView(UUID id, String edition, String subject, String name, @Schema(nullable = true) String nameZh, Side side,
        String organisation, @Schema(nullable = true) String region, List<String> partnerships) {

    public static JurorView from(Juror j) {
        return new JurorView(j.id, j.edition, j.subject, j.name, j.nameZh, j.side, j.organisation, j.region, j.partnerships);
    }
}
