package org.assises.logistics.api;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.domain.Departure;
import org.assises.logistics.domain.Route;
import org.assises.logistics.domain.Vehicle;
import org.assises.logistics.repository.RouteRepository;
import org.assises.logistics.repository.VehicleRepository;
import org.assises.logistics.service.HandPlanningService;
import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.SettingsService;
import org.assises.logistics.service.Upserted;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** Shuttles: routes, vehicles, departures and their manifests (the drivers' sheets). */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Shuttles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class ShuttleResource {

    private final SettingsService settings;
    private final HandPlanningService hand;
    private final PlanQueries queries;
    private final RouteRepository routes;
    private final VehicleRepository vehicles;
    private final SecurityIdentity identity;

    public ShuttleResource(SettingsService settings, HandPlanningService hand, PlanQueries queries, RouteRepository routes,
            VehicleRepository vehicles, SecurityIdentity identity) {
        this.settings = settings;
        this.hand = hand;
        this.queries = queries;
        this.routes = routes;
        this.vehicles = vehicles;
        this.identity = identity;
    }

    @GET
    @Path("/routes")
    @Operation(summary = "The edition's shuttle routes (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The routes")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<RouteBody> routes(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return routes.ofEdition(edition).stream().map(RouteBody::from).toList();
    }

    @PUT
    @Path("/routes/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a route between two stops, place or hotel codes (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RouteBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RouteBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response putRoute(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") RouteBody body) {
        Upserted<Route> result = settings.route(edition, code, body.toDraft());
        return Upserts.response(result, RouteBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/routes"));
    }

    @GET
    @Path("/vehicles")
    @Operation(summary = "The edition's shuttles (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The vehicles")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<VehicleBody> vehicles(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return vehicles.ofEdition(edition).stream().map(VehicleBody::from).toList();
    }

    @PUT
    @Path("/vehicles/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a shuttle (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VehicleBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VehicleBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response putVehicle(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") VehicleBody body) {
        Upserted<Vehicle> result = settings.vehicle(edition, code, body.toDraft());
        return Upserts.response(result, VehicleBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/vehicles"));
    }

    @GET
    @Path("/departures")
    @Operation(summary = "Every departure, planned or made by hand, by time (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The departures")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<DepartureView> departures(@PathParam("edition") @EditionCode String edition) {
        return queries.departures(edition).stream().map(DepartureView::from).toList();
    }

    @POST
    @Path("/departures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a departure by hand (logistics, organiser)", description = "Planning keeps it; seats are given by hand.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DepartureView.class)))
    @APIResponse(responseCode = "404", description = "No such edition, route, vehicle or session")
    @APIResponse(responseCode = "409", description = "The vehicle is on another trip then, or the session is cancelled")
    public Response createDeparture(@PathParam("edition") @EditionCode String edition,
            @Valid @NotNull(message = "a JSON body is required") DepartureBody body) {
        Departure d = hand.createDeparture(edition, body.route(), body.vehicle(), body.departsAt(), body.purpose(), body.sessionCode(),
                identity.getPrincipal().getName());
        return Response.created(URI.create("/api/v1/editions/" + edition + "/departures/" + d.id + "/manifest"))
                .entity(DepartureView.from(queries.manifest(edition, d.id).departure())).build();
    }

    @PUT
    @Path("/departures/{id}/seats/{participantId}")
    @Operation(summary = "Seat a participant on a departure made by hand (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The manifest now")
    @APIResponse(responseCode = "404", description = "No such edition, departure or participant")
    @APIResponse(responseCode = "409", description = "The vehicle is full, the departure is planned, or the participant does not attend")
    public ManifestView seat(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id,
            @PathParam("participantId") UUID participantId) {
        hand.addSeat(edition, id, participantId, identity.getPrincipal().getName());
        return ManifestView.from(queries.manifest(edition, id));
    }

    @GET
    @Path("/departures/{id}/manifest")
    @Operation(summary = "A departure's manifest (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The departure and its passengers")
    @APIResponse(responseCode = "404", description = "No such edition or departure")
    public ManifestView manifest(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return ManifestView.from(queries.manifest(edition, id));
    }

    @GET
    @Path("/departures/{id}/manifest.csv")
    @Produces(Patterns.CSV)
    @Operation(summary = "A departure's manifest as CSV (logistics, organiser)", description = "UTF-8 with a byte-order mark.")
    @APIResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = Patterns.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such edition or departure")
    public Response manifestCsv(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return Response.ok(sheet(manifest(edition, id)).csv(), Patterns.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"").build();
    }

    @GET
    @Path("/departures/{id}/manifest.xlsx")
    @Produces(Patterns.XLSX)
    @Operation(summary = "A departure's driver sheet and manifest as an XLSX workbook (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Patterns.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition or departure")
    public Response manifestXlsx(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return Response.ok(sheet(manifest(edition, id)).xlsx(), Patterns.XLSX)
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("/departures/{id}/manifest.pdf")
    @Produces("application/pdf")
    @Operation(summary = "A departure's driver sheet and manifest as a printable PDF (logistics, organiser)",
            description = "Names in Latin letters and Chinese characters (the shared documents module's embedded CJK font).")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition or departure")
    public Response manifestPdf(@PathParam("edition") @EditionCode String edition, @PathParam("id") UUID id) {
        return Response.ok(ManifestPdf.render(manifest(edition, id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".pdf\"").build();
    }

    @GET
    @Path("/sessions/{code}/manifests")
    @Operation(summary = "The manifests of a field visit's or the gala dinner's buses (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "One manifest per bus")
    @APIResponse(responseCode = "404", description = "No such edition or session")
    @APIResponse(responseCode = "409", description = "The session is cancelled")
    public List<ManifestView> sessionManifests(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,99}") String code) {
        return queries.sessionManifests(edition, code).stream().map(ManifestView::from).toList();
    }

    private static Spreadsheets sheet(ManifestView m) {
        DepartureView d = m.departure();
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        List<List<String>> heading = new ArrayList<>();
        heading.add(List.of("Départ / 出发", d.departsAt().format(time)));
        heading.add(List.of("De / 从", d.fromName()));
        heading.add(List.of("À / 到", d.toName()));
        heading.add(List.of("Véhicule / 车辆", d.vehicleLabel() == null ? "" : d.vehicleLabel()));
        heading.add(List.of("Chauffeur / 司机", (d.driver() == null ? "" : d.driver()) + (d.driverPhone() == null ? "" : " " + d.driverPhone())));
        heading.add(List.of("Passagers / 乘客", d.seatsTaken() + " / " + d.capacity()));
        List<List<String>> rows = m.riders().stream().map(r -> List.of(String.valueOf(r.seat()), r.familyName(), r.givenName(),
                r.nameZh() == null ? "" : r.nameZh(), r.delegationId() == null ? "" : r.delegationId(),
                r.organisation() == null ? "" : r.organisation(), r.hotel() == null ? "" : r.hotel())).toList();
        return new Spreadsheets("Manifest " + d.route(), heading,
                List.of("seat", "family name", "given name", "name (Chinese)", "delegation", "organisation", "hotel"), rows);
    }
}
