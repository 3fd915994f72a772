package org.assises.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every paged list, validated in one place
 * (use as {@code @Valid @BeanParam PageRequest}): out of range or not a number is a 400 problem, and
 * {@code page * size} always fits an int, so the database never sees a negative offset.
 */
public class PageRequest {

    /** Highest page number read. */
    public static final int MAX_PAGE = 100_000;
    /** Largest page. */
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page")
    public int size;

    /** Index of the first item of the page. */
    public int offset() {
        return page * size;
    }
}
