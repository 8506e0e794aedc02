package org.liaison.open311;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.caseflow.intake.IdempotencyKey;
import org.liaison.common.problem.DatabaseProblems;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) with the updates extension of FixMyStreet. Each
 * resource ends in .json or .xml; errors are the specification's errors list in the same format. Translation of
 * HTTP only: the catalog, the intake and the reader do the work. Open311Docs holds the long texts.
 */
@Path(Open311Resource.PATH)
@Tag(name = "Open311 GeoReport v2", description = Open311Docs.TAG)
@PermitAll
public class Open311Resource {

    public static final String PATH = "/open311/v2";
    private static final String FORMAT = "{format: " + Open311Format.PATTERN + "}";

    private final Discovery discovery;
    private final ServiceCatalog catalog;
    private final RequestIntake intake;
    private final RequestReader reader;
    private final Open311Writer writer;
    private final Open311Config config;

    Open311Resource(Discovery discovery, ServiceCatalog catalog, RequestIntake intake, RequestReader reader,
                    Open311Writer writer, Open311Config config) {
        this.discovery = discovery;
        this.catalog = catalog;
        this.intake = intake;
        this.reader = reader;
        this.writer = writer;
        this.config = config;
    }

    @GET
    @Path("discovery." + FORMAT)
    @Operation(summary = "Service discovery", description = Open311Docs.DISCOVERY)
    @APIResponse(responseCode = "200", description = "The discovery document.")
    public Response discovery(@PathParam("format") String format) {
        return ok(format, "discovery", discovery.document());
    }

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "GET Service List", description = Open311Docs.SERVICES)
    @APIResponse(responseCode = "200", description = "The services.")
    @APIResponse(responseCode = "404", description = "Another jurisdiction_id than this endpoint's.")
    public Uni<Response> services(@PathParam("format") String format,
                                  @QueryParam("jurisdiction_id") @Parameter(description = Open311Docs.JURISDICTION) String jurisdictionId,
                                  @Context HttpHeaders headers) {
        requireJurisdiction(jurisdictionId);
        return catalog.services(Open311Language.of(headers)).map(services -> ok(format, "services", services));
    }

    @GET
    @Path("services/{service_code}." + FORMAT)
    @Operation(summary = "GET Service Definition", description = Open311Docs.DEFINITION)
    @APIResponse(responseCode = "200", description = "The service definition.")
    @APIResponse(responseCode = "404", description = "No active category has this code.")
    public Uni<Response> definition(@PathParam("format") String format, @PathParam("service_code") String serviceCode,
                                    @QueryParam("jurisdiction_id") @Parameter(description = Open311Docs.JURISDICTION) String jurisdictionId,
                                    @Context HttpHeaders headers) {
        requireJurisdiction(jurisdictionId);
        return catalog.definition(serviceCode, Open311Language.of(headers))
                .map(definition -> ok(format, "service_definition", definition));
    }

    @POST
    @Path("requests." + FORMAT)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "POST Service Request", description = Open311Docs.POST_REQUEST)
    @Parameter(name = IdempotencyKey.HEADER, description = Open311Docs.IDEMPOTENCY)
    @APIResponse(responseCode = "200", description = "The new request's service_request_id and who received it.")
    @APIResponse(responseCode = "400", description = "Invalid or missing fields, a location no venue is near, a busy Idempotency-Key.")
    @APIResponse(responseCode = "403", description = "api_key missing, unknown or revoked.")
    @APIResponse(responseCode = "404", description = "No active category has this service_code, or another jurisdiction_id.")
    @APIResponse(responseCode = "429", description = "The key's requests per minute are used up; see Retry-After.")
    public Uni<Response> create(@PathParam("format") String format,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                                @QueryParam("api_key") @Parameter(description = "The key may also come in the query string.") String queryKey,
                                @Context HttpHeaders headers, String body) {
        Map<String, List<String>> form = RequestForm.decode(contentType, body);
        if (RequestForm.field(form, "api_key").isEmpty() && queryKey != null) {
            form.put("api_key", List.of(queryKey));
        }
        requireJurisdiction(RequestForm.field(form, "jurisdiction_id").orElse(null));
        Optional<String> key = idempotencyKey(idempotencyKey);
        return intake.create(form, key, Open311Language.of(headers)).map(created -> {
            Response.ResponseBuilder response = respond(200, format, "service_requests", List.of(created.body()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (created.replayed()) {
                response.header(IdempotencyKey.REPLAYED_HEADER, "true");
            }
            return response.build();
        });
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "GET Service Requests", description = Open311Docs.GET_REQUESTS)
    @APIResponse(responseCode = "200", description = "The requests, newest first.")
    @APIResponse(responseCode = "400", description = "A malformed date, status, page or page_size; a window over 90 days.")
    public Uni<Response> list(@PathParam("format") String format,
                              @QueryParam("jurisdiction_id") @Parameter(description = Open311Docs.JURISDICTION) String jurisdictionId,
                              @QueryParam("service_request_id") @Parameter(description = "Ids, comma-separated; overrides every other parameter.") List<String> ids,
                              @QueryParam("service_code") @Parameter(description = "Service codes, comma-separated.") List<String> serviceCodes,
                              @QueryParam("start_date") @Parameter(description = Open311Docs.START) String startDate,
                              @QueryParam("end_date") @Parameter(description = Open311Docs.END) String endDate,
                              @QueryParam("status") @Parameter(description = "open, closed or both, comma-separated.") List<String> statuses,
                              @QueryParam("page") @Parameter(description = Open311Docs.PAGE) String page,
                              @QueryParam("page_size") @Parameter(description = Open311Docs.PAGE_SIZE) String pageSize,
                              @Context HttpHeaders headers) {
        requireJurisdiction(jurisdictionId);
        Open311Query.RequestFilter filter = Open311Query.requests(ids, serviceCodes, startDate, endDate, statuses, page,
                pageSize, reader.now());
        return reader.list(filter, Open311Language.of(headers)).map(requests -> ok(format, "service_requests", requests));
    }

    @GET
    @Path("requests/{service_request_id}." + FORMAT)
    @Operation(summary = "GET Service Request", description = Open311Docs.GET_REQUEST)
    @APIResponse(responseCode = "200", description = "A list holding the one request.")
    @APIResponse(responseCode = "404", description = "No case has this service_request_id.")
    public Uni<Response> get(@PathParam("format") String format, @PathParam("service_request_id") String id,
                             @QueryParam("jurisdiction_id") @Parameter(description = Open311Docs.JURISDICTION) String jurisdictionId,
                             @Context HttpHeaders headers) {
        requireJurisdiction(jurisdictionId);
        return reader.get(id, Open311Language.of(headers)).map(request -> ok(format, "service_requests", List.of(request)));
    }

    @GET
    @Path("servicerequestupdates." + FORMAT)
    @Operation(summary = "GET Service Request Updates", description = Open311Docs.UPDATES)
    @APIResponse(responseCode = "200", description = "The updates, oldest first.")
    @APIResponse(responseCode = "400", description = "A malformed date, page or page_size; a window over 90 days.")
    public Uni<Response> updates(@PathParam("format") String format,
                                 @QueryParam("jurisdiction_id") @Parameter(description = Open311Docs.JURISDICTION) String jurisdictionId,
                                 @QueryParam("start_date") @Parameter(description = Open311Docs.START) String startDate,
                                 @QueryParam("end_date") @Parameter(description = Open311Docs.END) String endDate,
                                 @QueryParam("page") @Parameter(description = Open311Docs.PAGE) String page,
                                 @QueryParam("page_size") @Parameter(description = Open311Docs.PAGE_SIZE) String pageSize,
                                 @Context HttpHeaders headers) {
        requireJurisdiction(jurisdictionId);
        Open311Query.Window window = Open311Query.window(startDate, endDate, page, pageSize, reader.now());
        return reader.updates(window, Open311Language.of(headers))
                .map(updates -> ok(format, "service_request_updates", updates));
    }

    @GET
    @Path("{path: .*}")
    @Operation(hidden = true)
    public Response unknownGet(@PathParam("path") String path) {
        throw unknown(path);
    }

    @POST
    @Path("{path: .*}")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response unknownPost(@PathParam("path") String path) {
        throw unknown(path);
    }

    @ServerExceptionMapper
    public Response open311(Open311Exception e, HttpServerRequest request) {
        Response.ResponseBuilder response = writer.response(e.status(), formatOf(request), "errors", e.errors());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return open311(Open311Exception.from(e), request);
    }

    /** Never a stack trace: a known database problem keeps its status, anything else is a 500 with an incident id. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        Problem known = DatabaseProblems.translate(e);
        if (known != null && known.status() < 500) {
            return open311(Open311Exception.badRequest(known.detail()), request);
        }
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s %s", incident, request.method(), request.path());
        int status = known != null ? known.status() : 500;
        return writer.response(status, formatOf(request), "errors", List.of(new Open311Views.Error(status,
                "Something went wrong on our side. Quote incident " + incident + " if you report it."))).build();
    }

    private void requireJurisdiction(String jurisdictionId) {
        Optional<String> given = Open311Query.optional(jurisdictionId);
        if (given.isPresent() && !given.get().equalsIgnoreCase(config.jurisdictionId())) {
            throw Open311Exception.notFound("jurisdiction_id " + given.get() + " was not found: this endpoint serves "
                    + config.jurisdictionId() + " only");
        }
    }

    private static Optional<String> idempotencyKey(String header) {
        try {
            return IdempotencyKey.parse(header);
        } catch (ProblemException e) {
            throw Open311Exception.badRequest("Idempotency-Key must be 1–255 printable ASCII characters");
        }
    }

    private static Open311Exception unknown(String path) {
        return Open311Format.ofPath(path).isPresent()
                ? Open311Exception.notFound("There is no Open311 resource at " + PATH + "/" + path)
                : Open311Exception.notFound("There is no Open311 resource at " + PATH + "/" + path
                        + "; resources end in .json or .xml, e.g. " + PATH + "/services.json");
    }

    private static Open311Format formatOf(HttpServerRequest request) {
        return Open311Format.ofPath(request.path()).orElse(Open311Format.JSON);
    }

    private Response ok(String format, String root, Object document) {
        return writer.response(200, Open311Format.of(format), root, document).build();
    }

    private Response.ResponseBuilder respond(int status, String format, String root, Object document) {
        return writer.response(status, Open311Format.of(format), root, document);
    }
}
