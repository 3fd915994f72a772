package org.assises.registration.api;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.registration.documents.BadgePdf;
import org.assises.registration.domain.BadgeMark;
import org.assises.registration.service.BadgeService;

/** One participant's badge: printing it (which rotates its check-in secret) and the marks organisers set on it. */
@Path("/api/v1/participants/{id}/badge")
@Tag(name = "Badges")
@RolesAllowed(Roles.ORGANISER)
public class BadgeResource {

    private final BadgeService badges;

    public BadgeResource(BadgeService badges) {
        this.badges = badges;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "Print a participant's badge (organiser)", description = "A6 by default. Every print carries a new "
            + "check-in secret in its QR code: the badge printed before stops opening doors (a scan answers REVOKED).")
    @APIResponse(responseCode = "200", description = "The badge", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such participant")
    @APIResponse(responseCode = "409", description = "Not confirmed (not-confirmed)")
    public Response print(@PathParam("id") UUID id, @QueryParam("layout") @DefaultValue("A6") BadgePdf.Layout layout) {
        return Pdf.ok(badges.printOne(id, layout).pdf(), "badge-" + id + ".pdf").build();
    }

    @PUT
    @Path("/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the marks organisers decide: SPEAKER, ORGANISER (organiser)", description = "VIP and PRESS follow "
            + "the registration (VIP flag, press category). The answer lists every mark the badge will show; reprint to apply.")
    @APIResponse(responseCode = "200", description = "Every mark the badge shows")
    @APIResponse(responseCode = "404", description = "No such participant")
    public List<BadgeMark> marks(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") BadgeMarksRequest request) {
        EnumSet<BadgeMark> marks = EnumSet.noneOf(BadgeMark.class);
        request.marks().forEach(mark -> marks.add(BadgeMark.valueOf(mark)));
        return badges.setMarks(id, marks);
    }
}
