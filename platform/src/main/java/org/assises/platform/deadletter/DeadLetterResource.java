package org.assises.platform.deadletter;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;

/** Organisers (on call) see what is on this service's dead-letter topic and re-drive it once its cause is fixed. */
@Path("/api/v1/ops/dead-letters")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
public class DeadLetterResource {

    /** A message on the dead-letter topic, without its payload. */
    public record DeadLetterResponse(int partition, long offset,
            @Schema(nullable = true, description = "The topic it was consumed from") String originalTopic,
            @Schema(nullable = true) String key,
            @Schema(nullable = true, description = "Why the consumer could not apply it") String reason,
            OffsetDateTime deadAt,
            @Schema(nullable = true, description = "The CloudEvent id, when the message is one") String eventId,
            @Schema(nullable = true) String eventType) {

        static DeadLetterResponse from(DeadLetters.DeadLetter letter) {
            return new DeadLetterResponse(letter.partition(), letter.offset(), letter.originalTopic(), letter.key(), letter.reason(),
                    letter.deadAt(), letter.eventId(), letter.eventType());
        }
    }

    /** How many messages went back to their original topics. */
    public record ReplayResponse(int replayed) {
    }

    private final DeadLetters deadLetters;

    public DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(summary = "List this service's dead letters (organiser)",
            description = "Oldest first, at most 1,000: where each came from (topic, key), why and when.")
    @APIResponse(responseCode = "200", description = "The dead letters")
    public List<DeadLetterResponse> list() {
        return deadLetters.list().stream().map(DeadLetterResponse::from).toList();
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Re-drive every dead letter to its original topic (organiser)",
            description = "Once the cause is fixed. An event already applied is not applied again.")
    @APIResponse(responseCode = "200", description = "How many were re-driven")
    public ReplayResponse replayAll() {
        return new ReplayResponse(deadLetters.replay(deadLetters.list()));
    }

    @POST
    @Path("/{partition}/{offset}/replay")
    @Operation(summary = "Re-drive one dead letter to its original topic (organiser)")
    @APIResponse(responseCode = "200", description = "Re-driven")
    @APIResponse(responseCode = "404", description = "No dead letter at this position")
    public ReplayResponse replayOne(@PathParam("partition") @Min(0) @Max(10000) int partition,
            @PathParam("offset") @Min(0) long offset) {
        DeadLetters.DeadLetter letter = deadLetters.find(partition, offset)
                .orElseThrow(() -> ProblemException.notFound("No dead letter at " + partition + "/" + offset + " of " + deadLetters.topic()));
        return new ReplayResponse(deadLetters.replay(List.of(letter)));
    }
}
