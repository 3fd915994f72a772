package org.assises.registration.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.registration.service.CheckInService;

/** The door of one check-in list: scans from the devices, and the attendance for organisers. */
@Path("/api/v1/checkin-lists/{id}")
@Tag(name = "Check-in")
@Produces(MediaType.APPLICATION_JSON)
public class DoorResource {

    private final CheckInService checkIns;

    public DoorResource(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Read a check-in list (for a scanning device to show where it stands)")
    @APIResponse(responseCode = "200", description = "The list")
    @APIResponse(responseCode = "404", description = "No such list")
    public CheckInListResponse get(@PathParam("id") UUID id) {
        return checkIns.list(id).map(CheckInListResponse::from).orElseThrow(() -> ProblemException.notFound("No check-in list " + id));
    }

    @POST
    @Path("/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Scan a badge at this list's door", description = "Answers OK, ALREADY_CHECKED_IN (when, where), "
            + "NOT_ON_LIST, REVOKED or UNKNOWN. The device's nonce makes a retry safe: the same nonce with the same secret gets "
            + "the first answer again and checks nobody in twice. With force, the check-in is recorded whatever the answer "
            + "(for scans uploaded after the fact), except for an unknown secret.")
    @APIResponse(responseCode = "200", description = "The door's answer (a refusal is an answer, not an error)")
    @APIResponse(responseCode = "400", description = "Malformed scan")
    @APIResponse(responseCode = "404", description = "No such list")
    @APIResponse(responseCode = "409", description = "The nonce was used for another secret or list (nonce-reused)")
    public ScanAnswer scan(@PathParam("id") UUID id, @Valid @NotNull(message = "a JSON body is required") ScanRequest request) {
        return ScanAnswer.from(request.nonce(), checkIns.scan(id, request.input()));
    }

    @GET
    @Path("/attendance")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Attendance at this list (organiser)")
    @APIResponse(responseCode = "200", description = "Expected, checked in, forced, absent, by side")
    @APIResponse(responseCode = "404", description = "No such list")
    public AttendanceResponse attendance(@PathParam("id") UUID id) {
        return AttendanceResponse.from(checkIns.attendance(id));
    }
}
