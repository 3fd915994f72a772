package org.assises.logistics.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.domain.Car;
import org.assises.logistics.domain.Escort;
import org.assises.logistics.domain.VipWelcomePlanner.Direction;
import org.assises.logistics.repository.CarRepository;
import org.assises.logistics.repository.EscortRepository;
import org.assises.logistics.service.HandPlanningService;
import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.SettingsService;
import org.assises.logistics.service.Upserted;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

import io.quarkus.security.identity.SecurityIdentity;

/** VIP welcome: escorts, cars, and each VIP's transfers with their car and escort. */
@Path("/api/v1/editions/{edition}")
@Tag(name = "VIP welcome")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class VipResource {

    private final SettingsService settings;
    private final HandPlanningService hand;
    private final PlanQueries queries;
    private final EscortRepository escorts;
    private final CarRepository cars;
    private final SecurityIdentity identity;

    public VipResource(SettingsService settings, HandPlanningService hand, PlanQueries queries, EscortRepository escorts,
            CarRepository cars, SecurityIdentity identity) {
        this.settings = settings;
        this.hand = hand;
        this.queries = queries;
        this.escorts = escorts;
        this.cars = cars;
        this.identity = identity;
    }

    @GET
    @Path("/escorts")
    @Operation(summary = "The edition's escorts (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The escorts")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<EscortBody> escorts(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return escorts.ofEdition(edition).stream().map(EscortBody::from).toList();
    }

    @PUT
    @Path("/escorts/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace an escort (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EscortBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EscortBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response putEscort(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") EscortBody body) {
        Upserted<Escort> result = settings.escort(edition, code, body.toDraft());
        return Upserts.response(result, EscortBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/escorts"));
    }

    @GET
    @Path("/cars")
    @Operation(summary = "The edition's VIP cars (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The cars")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<CarBody> cars(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return cars.ofEdition(edition).stream().map(CarBody::from).toList();
    }

    @PUT
    @Path("/cars/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a car (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CarBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CarBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response putCar(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") CarBody body) {
        Upserted<Car> result = settings.car(edition, code, body.toDraft());
        return Upserts.response(result, CarBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/cars"));
    }

    @GET
    @Path("/vip-transfers")
    @Operation(summary = "Every VIP transfer with its car and escort, by pickup time (logistics, organiser)",
            description = "A transfer without car or escort could not be covered: the plan's issues say why.")
    @APIResponse(responseCode = "200", description = "The transfers")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<TransferView> transfers(@PathParam("edition") @EditionCode String edition) {
        return queries.transfers(edition).stream().map(TransferView::from).toList();
    }

    @PUT
    @Path("/vip-transfers/{participantId}/{direction}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose a VIP transfer's car and escort by hand (logistics, organiser)",
            description = "Planning keeps the choice. Refused when the car or escort cannot make it.")
    @APIResponse(responseCode = "200", description = "The transfer as planned now")
    @APIResponse(responseCode = "404", description = "No such edition, participant, transfer, car or escort")
    @APIResponse(responseCode = "409", description = "The car or escort is elsewhere then (drive and margin included), "
            + "the escort is unavailable or does not speak Chinese")
    public TransferView pin(@PathParam("edition") @EditionCode String edition, @PathParam("participantId") UUID participantId,
            @PathParam("direction") Direction direction,
            @Valid @NotNull(message = "a JSON body is required") TransferPinBody body) {
        hand.pinTransfer(edition, participantId, direction, body.car(), body.escort(), identity.getPrincipal().getName());
        return queries.transfers(edition).stream()
                .filter(l -> l.participant().id.equals(participantId) && l.transfer().direction == direction)
                .map(TransferView::from).findFirst().orElseThrow();
    }
}
