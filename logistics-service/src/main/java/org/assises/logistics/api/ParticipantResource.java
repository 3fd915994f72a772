package org.assises.logistics.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.repository.ParticipantRepository;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** Participants as logistics knows them from registration's events. */
@Path("/api/v1/participants")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class ParticipantResource {

    private final ParticipantRepository participants;

    public ParticipantResource(ParticipantRepository participants) {
        this.participants = participants;
    }

    @GET
    @Operation(summary = "List an edition's participants, by name (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "One page of participants")
    public List<ParticipantResponse> list(
            @QueryParam("edition") @NotBlank(message = "the edition is required, e.g. assises-2018") @EditionCode String edition,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return participants.ofEdition(edition, page, size).stream().map(ParticipantResponse::from).toList();
    }

    @GET
    @Path("/counts")
    @Operation(summary = "Count an edition's participants per status and side (logistics, organiser)",
            description = "What shows that the read model is in step with registration-service: compare with its "
                    + "GET /api/v1/editions/{edition}/statistics (byStatus, bySide). When they differ, have registration re-emit "
                    + "the edition (POST /api/v1/ops/editions/{edition}/snapshots/participants on registration-service).")
    @APIResponse(responseCode = "200", description = "The counts; empty for an edition logistics has no participant of")
    public ParticipantCounts counts(
            @QueryParam("edition") @NotBlank(message = "the edition is required, e.g. assises-2018") @EditionCode String edition) {
        Map<String, Long> byStatus = participants.countBy(edition, "status");
        return new ParticipantCounts(edition, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus,
                participants.countBy(edition, "side"));
    }

    /** How many participants of an edition logistics knows, per status and side. */
    public record ParticipantCounts(String edition, long total, Map<String, Long> byStatus, Map<String, Long> bySide) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one participant (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "404", description = "Logistics has not heard of this participant")
    public ParticipantResponse get(@PathParam("id") UUID id) {
        return participants.findByIdOptional(id).map(ParticipantResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Logistics has no participant " + id));
    }
}
