package org.assises.registration.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;
import org.assises.registration.documents.BadgePdf;
import org.assises.registration.service.BadgeService;

/** Badges in bulk: every confirmed participant of an edition (or of one delegation) as one print file. */
@Path("/api/v1/editions/{edition}/badges")
@Tag(name = "Badges")
@RolesAllowed(Roles.ORGANISER)
public class BadgePrintResource {

    private final BadgeService badges;

    public BadgePrintResource(BadgeService badges) {
        this.badges = badges;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "Print the badges of every confirmed participant (organiser)", description = "Four A6 badges per A4 "
            + "sheet by default, sorted by delegation then name. Printing rotates each badge's check-in secret: badges printed "
            + "before stop opening doors.")
    @APIResponse(responseCode = "200", description = "The badges", content = @Content(mediaType = Pdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition or delegation")
    @APIResponse(responseCode = "409", description = "Nobody confirmed (no-badge-to-print), or too many at once (print-run-too-large)")
    public Response print(@PathParam("edition") @EditionCode String edition,
            @Parameter(description = "Only this delegation's members (APCAE's delegation id)") @QueryParam("delegation")
            @Pattern(regexp = Patterns.PERSON_ID, message = Patterns.PERSON_ID_MESSAGE) String delegation,
            @QueryParam("sort") @DefaultValue("DELEGATION") BadgeService.Order sort,
            @QueryParam("layout") @DefaultValue("A4_SHEET") BadgePdf.Layout layout) {
        BadgeService.Printed printed = badges.printAll(edition, delegation, sort, layout);
        return Pdf.ok(printed.pdf(), "badges-" + edition + ".pdf").header("Assises-Badge-Count", printed.badges()).build();
    }
}
