package org.assises.registration.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.assises.contracts.ParticipantStatus;
import org.assises.contracts.Side;
import org.assises.platform.problem.ProblemException;
import org.assises.registration.domain.Category;
import org.assises.registration.repository.ParticipantFilter;

/** The filters of the organisers' participant search and export, as query parameters. */
public class ParticipantQuery {

    @QueryParam("edition")
    public String edition;

    @QueryParam("side")
    @Parameter(description = "FRENCH or CHINESE", schema = @Schema(implementation = Side.class))
    public String side;

    @QueryParam("category")
    @Parameter(description = "A participant category, e.g. ELECTED_OFFICIAL", schema = @Schema(implementation = Category.class))
    public String category;

    @QueryParam("status")
    @Parameter(description = "CONFIRMED, WAITLISTED, CANCELLED or WITHDRAWN", schema = @Schema(implementation = ParticipantStatus.class))
    public String status;

    @QueryParam("delegation")
    @Parameter(description = "APCAE's delegation id")
    public String delegation;

    @QueryParam("workshop")
    @Parameter(description = "A workshop code")
    public String workshop;

    @QueryParam("visit")
    @Parameter(description = "A field-visit code")
    public String visit;

    @QueryParam("vip")
    public Boolean vip;

    @QueryParam("dietary")
    @Parameter(description = "true: only participants with dietary needs; false: only those without")
    public Boolean dietary;

    @QueryParam("q")
    @Parameter(description = "Part of a name (Latin or Chinese), organisation or e-mail")
    public String text;

    public ParticipantFilter filter() {
        return new ParticipantFilter(edition, parse("side", side, Side.class), parse("category", category, Category.class),
                parse("status", status, ParticipantStatus.class), delegation, workshop, visit, vip, dietary, text);
    }

    /** An enum query parameter, or a 400 naming the parameter and the values it takes (JAX-RS would answer 404). */
    static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
