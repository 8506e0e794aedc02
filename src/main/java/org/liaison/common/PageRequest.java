package org.liaison.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging query parameters, bounded so no client can ask for the whole table at once. */
public class PageRequest {

    /** Pages past this one are refused, so page × size (at most 200) stays far from int overflow. */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page number, at most 10,000,000.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Items per page, 1 to 200.", example = "20")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
