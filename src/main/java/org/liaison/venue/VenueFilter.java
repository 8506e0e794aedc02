package org.liaison.venue;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Optional filters of the venue listing; absent ones do not filter. */
public class VenueFilter {

    /** Kept as text so an unknown kind is a 400 field error rather than the 404 JAX-RS gives unconvertible parameters. */
    @QueryParam("kind")
    @Pattern(regexp = "HOME|STATION|POINT", message = "must be HOME, STATION or POINT")
    @Parameter(description = "Only venues of this kind: HOME, STATION or POINT.", example = "STATION")
    public String kind;

    @QueryParam("parentId")
    @Parameter(description = "Only the venues directly under this one.", example = "1")
    public Long parentId;

    @QueryParam("region")
    @Size(max = 100)
    @Parameter(description = "Only venues of this region, exactly as stored.", example = "梁溪区")
    public String region;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Text found in the name or address, ignoring case.", example = "社区")
    public String q;

    @QueryParam("active")
    @Parameter(description = "true: only active venues; false: only inactive ones.", example = "true")
    public Boolean active;

    public VenueKind kindValue() {
        return kind == null || kind.isBlank() ? null : VenueKind.valueOf(kind);
    }
}
