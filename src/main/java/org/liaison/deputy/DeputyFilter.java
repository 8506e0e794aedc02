package org.liaison.deputy;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the deputy listing; every one given must match. */
public class DeputyFilter {

    @QueryParam("level")
    @Pattern(regexp = DeputyRequests.LEVEL, message = DeputyRequests.LEVEL_MESSAGE)
    @Parameter(description = "Only deputies of this level.", example = "MUNICIPAL")
    public String level;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Part of the name or constituency, case-insensitive.", example = "梁溪")
    public String q;

    @QueryParam("active")
    @Parameter(description = "true: only active deputies; false: only deactivated ones; absent: both.")
    public Boolean active;

    @QueryParam("topic")
    @Size(max = 40)
    @Parameter(description = "Only deputies with this topic (a whole entry, case-insensitive).", example = "HOUSING")
    public String topic;
}
