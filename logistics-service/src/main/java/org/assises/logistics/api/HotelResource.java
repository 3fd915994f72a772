package org.assises.logistics.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.assises.logistics.domain.Hotel;
import org.assises.logistics.domain.RoomBlock;
import org.assises.logistics.repository.HotelRepository;
import org.assises.logistics.repository.RoomBlockRepository;
import org.assises.logistics.service.PlanQueries;
import org.assises.logistics.service.SettingsService;
import org.assises.logistics.service.Upserted;
import org.assises.platform.problem.ProblemException;
import org.assises.platform.security.Roles;
import org.assises.platform.validation.EditionCode;

/** Hotels, their room blocks, the shortlist against the specification, and the rooming lists. */
@Path("/api/v1/editions/{edition}")
@Tag(name = "Hotels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER})
public class HotelResource {

    private final SettingsService settings;
    private final PlanQueries queries;
    private final HotelRepository hotels;
    private final RoomBlockRepository blocks;

    public HotelResource(SettingsService settings, PlanQueries queries, HotelRepository hotels, RoomBlockRepository blocks) {
        this.settings = settings;
        this.queries = queries;
        this.hotels = hotels;
        this.blocks = blocks;
    }

    @GET
    @Path("/hotels")
    @Operation(summary = "The edition's hotels, by code (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The hotels")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<HotelBody> list(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        return hotels.ofEdition(edition).stream().map(HotelBody::from).toList();
    }

    @GET
    @Path("/hotels/{code}")
    @Operation(summary = "One hotel (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The hotel")
    @APIResponse(responseCode = "404", description = "No such edition or hotel")
    public HotelBody get(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code) {
        queries.edition(edition);
        return HotelBody.from(hotel(edition, code));
    }

    @PUT
    @Path("/hotels/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a hotel (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HotelBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A place has this code")
    public Response put(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @Valid @NotNull(message = "a JSON body is required") HotelBody body) {
        if (body.roomTypes().stream().map(HotelBody.RoomTypeBody::code).distinct().count() != body.roomTypes().size()) {
            throw ProblemException.invalid("roomTypes", "each room type may appear once");
        }
        Upserted<Hotel> result = settings.hotel(edition, code, body.toDraft());
        return Upserts.response(result, HotelBody.from(result.value()), URI.create("/api/v1/editions/" + edition + "/hotels/" + code));
    }

    @PUT
    @Path("/hotels/{code}/room-blocks/{roomType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace a hotel's room block of one room type (logistics, organiser)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomBlockBody.class)))
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomBlockBody.class)))
    @APIResponse(responseCode = "404", description = "No such edition, hotel or room type")
    public Response putBlock(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code,
            @PathParam("roomType") @Pattern(regexp = Patterns.ROOM_TYPE, message = Patterns.ROOM_TYPE_MESSAGE) String roomType,
            @Valid @NotNull(message = "a JSON body is required") RoomBlockBody body) {
        if (body.nights().stream().map(RoomBlockBody.Night::night).distinct().count() != body.nights().size()) {
            throw ProblemException.invalid("nights", "each night may appear once");
        }
        Upserted<RoomBlock> result = settings.block(edition, code, roomType, body.negotiatedPrice(), body.releaseOn(), body.nightMap());
        return Upserts.response(result, RoomBlockBody.from(code, result.value()),
                URI.create("/api/v1/editions/" + edition + "/room-blocks"));
    }

    @GET
    @Path("/room-blocks")
    @Operation(summary = "Every room block of the edition (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The blocks")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<RoomBlockBody> blocks(@PathParam("edition") @EditionCode String edition) {
        queries.edition(edition);
        Map<java.util.UUID, Hotel> byId = hotels.ofEdition(edition).stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
        return blocks.ofHotels(List.copyOf(byId.keySet())).stream()
                .map(b -> RoomBlockBody.from(byId.get(b.hotelId).code, b))
                .sorted(java.util.Comparator.comparing(RoomBlockBody::hotel).thenComparing(RoomBlockBody::roomType)).toList();
    }

    @GET
    @Path("/shortlist")
    @RolesAllowed({Roles.LOGISTICS, Roles.ORGANISER, Roles.APCAE})
    @Operation(summary = "Every hotel against the specification, those that pass first (logistics, organiser, apcae)",
            description = "Each criterion met or not, with a reason in French and Chinese.")
    @APIResponse(responseCode = "200", description = "The shortlist")
    @APIResponse(responseCode = "404", description = "No such edition")
    public List<ShortlistEntry> shortlist(@PathParam("edition") @EditionCode String edition) {
        return queries.shortlist(edition).stream().map(ShortlistEntry::from).toList();
    }

    @GET
    @Path("/hotels/{code}/rooming-list")
    @Operation(summary = "A hotel's rooming list (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "Who sleeps in which room, which nights")
    @APIResponse(responseCode = "404", description = "No such edition or hotel")
    public List<RoomView> roomingList(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code) {
        return queries.rooms(edition, code).stream().map(RoomView::from).toList();
    }

    @GET
    @Path("/hotels/{code}/rooming-list.csv")
    @Produces(Patterns.CSV)
    @Operation(summary = "A hotel's rooming list as CSV, for the hotel (logistics, organiser)",
            description = "UTF-8 with a byte-order mark; names in Latin letters and Chinese characters.")
    @APIResponse(responseCode = "200", description = "CSV with a header row",
            content = @Content(mediaType = Patterns.CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such edition or hotel")
    public Response roomingListCsv(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code) {
        return Response.ok(sheet(edition, code).csv(), Patterns.CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rooming-list-" + code + ".csv\"").build();
    }

    @GET
    @Path("/hotels/{code}/rooming-list.xlsx")
    @Produces(Patterns.XLSX)
    @Operation(summary = "A hotel's rooming list as an XLSX workbook (logistics, organiser)")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Patterns.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such edition or hotel")
    public Response roomingListXlsx(@PathParam("edition") @EditionCode String edition,
            @PathParam("code") @Pattern(regexp = Patterns.CODE, message = Patterns.CODE_MESSAGE) String code) {
        return Response.ok(sheet(edition, code).xlsx(), Patterns.XLSX)
                .header("Content-Disposition", "attachment; filename=\"rooming-list-" + code + ".xlsx\"").build();
    }

    private Spreadsheets sheet(String edition, String code) {
        List<RoomView> rooms = roomingList(edition, code);
        Hotel h = hotel(edition, code);
        List<List<String>> rows = rooms.stream().map(r -> List.of(r.roomType(), r.room(), r.familyName(), r.givenName(),
                r.nameZh() == null ? "" : r.nameZh(), r.delegationId() == null ? "" : r.delegationId(), r.vip() ? "VIP" : "",
                r.firstNight().toString(), r.checkOut().toString(),
                String.valueOf(r.firstNight().datesUntil(r.checkOut()).count()))).toList();
        return new Spreadsheets("Rooming list " + h.name, List.of(List.of(h.name), List.of(h.address), List.of("Édition / 届", edition)),
                List.of("room type", "room", "family name", "given name", "name (Chinese)", "delegation", "VIP", "check-in",
                        "check-out", "nights"),
                rows);
    }

    private Hotel hotel(String edition, String code) {
        return hotels.find(edition, code).orElseThrow(() -> ProblemException.notFound("No hotel " + code + " in " + edition));
    }
}
