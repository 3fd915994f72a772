package org.assises.logistics.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.service.ReferenceData;
import org.assises.logistics.service.ReferenceDataLoader;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** Loads an edition's bundled logistics: the 2018 one has fictitious hotels around the Hôtel de Région, routes, vehicles, cars, escorts. */
@Path("/api/v1/editions/{edition}/reference-logistics")
@Tag(name = "Settings")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    /** The bundled file, as sent to the API: the same bodies and the same validation. */
    record Bundle(@Valid HotelSpecificationBody specification, List<@Valid Item<PlaceBody>> places, List<@Valid Item<HotelBody>> hotels,
            List<@Valid BlockItem> blocks, List<@Valid Item<RouteBody>> routes, List<@Valid Item<VehicleBody>> vehicles,
            List<@Valid Item<CarBody>> cars, List<@Valid Item<EscortBody>> escorts) {
    }

    record Item<T>(String code, @Valid T place, @Valid T hotel, @Valid T route, @Valid T vehicle, @Valid T car, @Valid T escort) {
        T value() {
            return place != null ? place : hotel != null ? hotel : route != null ? route : vehicle != null ? vehicle : car != null ? car : escort;
        }
    }

    record BlockItem(String hotel, String roomType, @Valid RoomBlockBody block) {
    }

    private final ReferenceDataLoader loader;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ReferenceDataResource(ReferenceDataLoader loader, ObjectMapper mapper, Validator validator) {
        this.loader = loader;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @RolesAllowed({Roles.ORGANISER, Roles.LOGISTICS})
    @Operation(summary = "Load the edition's bundled logistics (organiser, logistics)", description = "Specification, places, hotels, "
            + "room blocks, routes, shuttles, cars and escorts. Idempotent: once the edition has places or hotels, nothing changes.")
    @APIResponse(responseCode = "201", description = "Loaded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenceData.Loaded.class)))
    @APIResponse(responseCode = "200", description = "Already loaded; nothing changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceData.Loaded.class)))
    @APIResponse(responseCode = "404", description = "No such edition, or nothing is bundled for it")
    public Response load(@PathParam("edition") @EditionCode String edition) {
        Bundle bundle = read(edition);
        ReferenceData data = new ReferenceData(bundle.specification().toDomain(),
                coded(bundle.places(), PlaceBody::toDraft), coded(bundle.hotels(), HotelBody::toDraft),
                bundle.blocks().stream().map(b -> new ReferenceData.Block(b.hotel(), b.roomType(), b.block().negotiatedPrice(),
                        b.block().releaseOn(), b.block().nightMap())).toList(),
                coded(bundle.routes(), RouteBody::toDraft), coded(bundle.vehicles(), VehicleBody::toDraft),
                coded(bundle.cars(), CarBody::toDraft), coded(bundle.escorts(), EscortBody::toDraft));
        ReferenceData.Loaded loaded = loader.load(edition, data);
        return loaded.loaded() ? Response.created(URI.create("/api/v1/editions/" + edition + "/shortlist")).entity(loaded).build()
                : Response.ok(loaded).build();
    }

    private static <B, T> List<ReferenceData.Coded<T>> coded(List<Item<B>> items, Function<B, T> draft) {
        return items.stream().map(i -> new ReferenceData.Coded<>(i.code(), draft.apply(i.value()))).toList();
    }

    private Bundle read(String edition) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference-logistics/" + edition + ".json")) {
            if (in == null) {
                throw ProblemException.notFound("No logistics are bundled for " + edition);
            }
            Bundle bundle = mapper.readerFor(Bundle.class).without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
            Set<ConstraintViolation<Bundle>> violations = validator.validate(bundle);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("the bundled logistics of " + edition + " are invalid: " + violations);
            }
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled logistics of " + edition + " are unreadable", e);
        }
    }
}
