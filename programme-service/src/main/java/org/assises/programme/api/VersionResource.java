package org.assises.programme.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.programme.api.PublishedProgramme.PublishedSession;
import org.assises.programme.domain.VersionRef;
import org.assises.programme.domain.ProgrammeVersion;
import org.assises.programme.service.PublicationService;

/** Published versions of the programme: publish (organiser); read, compare and export (anyone). */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Published programme")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    private static final String VERSION_DOC = "A version number (1, 2...) or \"latest\"";

    private final PublicationService service;

    public VersionResource(PublicationService service) {
        this.service = service;
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Publish the working programme as the next numbered version (organiser)",
            description = "v1 is the preliminary programme. Drafts are left out. Refused while there are warnings, unless "
                    + "acknowledgeWarnings is true. Emits version.published on programme.sessions.")
    @APIResponse(responseCode = "201", description = "Published; Location points to the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "Unacknowledged warnings (listed in the problem's warnings member), nothing to publish, "
            + "or nothing changed since the latest version (named in the problem's version member; a double click never makes two versions)")
    public Response publish(@PathParam("edition") String edition,
            @RequestBody(required = false, description = "Optional: acknowledgeWarnings") @Valid PublishRequest request, @Context SecurityContext security) {
        boolean acknowledge = request != null && Boolean.TRUE.equals(request.acknowledgeWarnings());
        String by = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        ProgrammeVersion version = service.publish(edition, acknowledge, by);
        return Response.created(URI.create("/api/v1/editions/" + edition + "/versions/" + version.number))
                .entity(VersionSummary.from(version)).build();
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(summary = "List the published versions, oldest first (public)")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<VersionSummary> list(@PathParam("edition") String edition) {
        return service.list(edition).stream().map(VersionSummary::from).toList();
    }

    @GET
    @Path("/versions/{version}")
    @PermitAll
    @Operation(summary = "Read a published version, or the latest (public)")
    @APIResponse(responseCode = "200", description = "The programme as published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedProgramme.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response get(@PathParam("edition") String edition,
            @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version) {
        String json = service.json(edition, version).orElseThrow(() -> noVersion(edition, version));
        // A numbered version never changes: caches may keep it for good. "latest" moves on each publication.
        return Response.ok(json, MediaType.APPLICATION_JSON)
                .header("Cache-Control", version.latest() ? "public, max-age=60" : "public, max-age=31536000, immutable").build();
    }

    @PUT
    @Path("/versions/{version}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Refused: a published version never changes (organiser)",
            description = "Change the working programme and publish a new version instead.")
    @APIResponse(responseCode = "409", description = "Published versions are frozen")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response edit(@PathParam("edition") String edition, @PathParam("version") VersionRef version) {
        throw frozen(edition, version);
    }

    @DELETE
    @Path("/versions/{version}")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Refused: a published version is never withdrawn (organiser)")
    @APIResponse(responseCode = "409", description = "Published versions are frozen")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response delete(@PathParam("edition") String edition, @PathParam("version") VersionRef version) {
        throw frozen(edition, version);
    }

    @GET
    @Path("/versions/{version}/calendar.ics")
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "A published version as iCalendar (public)")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = ProgrammeCalendar.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response calendar(@PathParam("edition") String edition, @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version) {
        PublishedProgramme programme = programme(edition, version);
        return calendarResponse(ProgrammeCalendar.of(programme, programme.sessions()), edition + "-v" + programme.version());
    }

    @GET
    @Path("/versions/{version}/sessions/{code}/calendar.ics")
    @Produces(ProgrammeCalendar.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "One session of a published version as iCalendar (public)")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = ProgrammeCalendar.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such version, or no such session in it")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response sessionCalendar(@PathParam("edition") String edition,
            @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version, @PathParam("code") String code) {
        PublishedProgramme programme = programme(edition, version);
        List<PublishedSession> one = programme.sessions().stream().filter(s -> s.code().equals(code)).toList();
        if (one.isEmpty()) {
            throw ProblemException.notFound("No session " + code + " in version " + programme.version() + " of " + edition);
        }
        return calendarResponse(ProgrammeCalendar.of(programme, one), code);
    }

    @GET
    @Path("/versions/{version}/programme.pdf")
    @Produces(ProgrammePdf.MEDIA_TYPE)
    @PermitAll
    @Operation(summary = "A published version as a bilingual PDF (public)", description = "By day, time and room, with co-chairs "
            + "and talks; what is not confirmed yet says so. The draft programme Chinese officials attach to their files.")
    @APIResponse(responseCode = "200", description = "The programme", content = @Content(mediaType = ProgrammePdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such version")
    public Response pdf(@PathParam("edition") String edition, @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version) {
        PublishedProgramme programme = programme(edition, version);
        return Response.ok(ProgrammePdf.render(programme), ProgrammePdf.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + edition + "-v" + programme.version() + ".pdf\"").build();
    }

    @GET
    @Path("/working-programme.pdf")
    @Produces(ProgrammePdf.MEDIA_TYPE)
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "The working programme, drafts included, as a bilingual PDF (organiser)",
            description = "Marked as an unpublished draft on every page.")
    @APIResponse(responseCode = "200", description = "The working programme", content = @Content(mediaType = ProgrammePdf.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response workingPdf(@PathParam("edition") String edition) {
        return Response.ok(ProgrammePdf.render(service.workingDraft(edition)), ProgrammePdf.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"" + edition + "-draft.pdf\"").build();
    }

    @GET
    @Path("/versions/{version}/schedule.xml")
    @Produces(MediaType.APPLICATION_XML)
    @PermitAll
    @Operation(summary = "A published version as frab-compatible schedule XML (public)")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(mediaType = MediaType.APPLICATION_XML))
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Response frabXml(@PathParam("edition") String edition, @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version) {
        return Response.ok(FrabSchedule.of(programme(edition, version)).xml(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("/versions/{version}/schedule.json")
    @PermitAll
    @Operation(summary = "A published version as frab-compatible schedule JSON (public)")
    @APIResponse(responseCode = "200", description = "The schedule")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "Not a version number nor latest")
    public Map<String, Object> frabJson(@PathParam("edition") String edition,
            @Parameter(description = VERSION_DOC) @PathParam("version") VersionRef version) {
        return FrabSchedule.of(programme(edition, version)).json();
    }

    @GET
    @Path("/changelog")
    @PermitAll
    @Operation(summary = "What changed between two published versions (public)",
            description = "Sessions and talks added, removed and changed, with the fields that changed.")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "404", description = "One of the versions does not exist")
    public Changelog changelog(@PathParam("edition") String edition,
            @Parameter(description = VERSION_DOC, required = true) @QueryParam("from") String from,
            @Parameter(description = VERSION_DOC + "; latest when absent") @QueryParam("to") String to) {
        if (from == null || from.isBlank()) {
            throw ProblemException.invalid("from", "is required: the version to compare from");
        }
        VersionRef older = VersionRef.parse(from).orElseThrow(() -> ProblemException.invalid("from", "must be a version number or latest"));
        VersionRef newer = to == null || to.isBlank() ? VersionRef.LATEST
                : VersionRef.parse(to).orElseThrow(() -> ProblemException.invalid("to", "must be a version number or latest"));
        PublishedProgramme olderProgramme = service.programme(edition, older)
                .orElseThrow(() -> ProblemException.notFound("No published version " + older + " of edition " + edition));
        PublishedProgramme newerProgramme = service.programme(edition, newer)
                .orElseThrow(() -> ProblemException.notFound("No published version " + newer + " of edition " + edition));
        return Changelog.between(olderProgramme, newerProgramme);
    }

    private PublishedProgramme programme(String edition, VersionRef version) {
        return service.programme(edition, version).orElseThrow(() -> noVersion(edition, version));
    }

    private ProblemException frozen(String edition, VersionRef version) {
        if (service.programme(edition, version).isEmpty()) {
            return noVersion(edition, version);
        }
        return ProblemException.conflict("version-frozen", "Version " + version + " of " + edition
                + " is published and never changes; change the working programme and publish a new version");
    }

    private static ProblemException noVersion(String edition, VersionRef version) {
        return ProblemException.notFound("No published version " + version + " of edition " + edition);
    }

    private static Response calendarResponse(String ics, String name) {
        return Response.ok(ics, ProgrammeCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".ics\"").build();
    }
}
