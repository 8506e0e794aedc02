package org.liaison.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.caseflow.tracking.ResidentCaseService;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.problem.ProblemException;

import java.util.Map;
import java.util.TreeMap;

/**
 * The resident's tracking page. The secret travels in the link's fragment, which browsers never send: the page's
 * script reads it and asks the JSON API. Without script, the resident types the secret into a form (POST).
 */
@Path("/t/{trackingCode}")
@PermitAll
@Tag(name = "Resident pages")
@Produces(MediaType.TEXT_HTML)
public class TrackingPageResource {

    private final ResidentCaseService cases;
    private final WebMessages messages;
    private final ProblemPages problems;
    private final LiaisonConfig config;
    private final Template track;
    private final ObjectMapper json;

    TrackingPageResource(ResidentCaseService cases, WebMessages messages, ProblemPages problems, LiaisonConfig config,
                         @Location("track.html") Template track, ObjectMapper json) {
        this.json = json;
        this.cases = cases;
        this.messages = messages;
        this.problems = problems;
        this.config = config;
        this.track = track;
    }

    @GET
    @Operation(summary = "Tracking page", description = "Status and timeline of a case, live. The secret is read from "
            + "the link's fragment by the page's script, or typed into the page's form.")
    @APIResponse(responseCode = "200", description = "The page.")
    public Uni<Response> page(@PathParam("trackingCode") String trackingCode, @QueryParam("lang") String lang,
                              @Context HttpHeaders headers) {
        PageContext context = PageContext.of(headers, lang);
        return render(trackingCode, context, 200, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Tracking page without script", description = "The case's status rendered by the server for "
            + "the typed secret. Needs the page's CSRF token.")
    @APIResponse(responseCode = "200", description = "The page with the case's status and timeline.")
    @APIResponse(responseCode = "403", description = "Missing or wrong CSRF token.")
    @APIResponse(responseCode = "404", description = "The page again: no case matches this code and secret.")
    public Uni<Response> show(@PathParam("trackingCode") String trackingCode, @RestForm String secret,
                              @RestForm String csrf, @Context HttpHeaders headers) {
        PageContext context = PageContext.of(headers, null);
        if (!Csrf.matches(PageContext.csrfCookie(headers), csrf)) {
            return problems.page(403, context, "/t/" + trackingCode);
        }
        boolean en = WebLocale.EN.equals(context.lang());
        return cases.get(trackingCode, secret == null ? "" : secret.strip())
                .flatMap(view -> render(trackingCode, context, 200,
                        PageMapper.status(view, messages.of(context.lang()), en, config.zone()), null))
                .onFailure(ProblemException.class).recoverWithUni(e ->
                        render(trackingCode, context, 404, null, messages.get(context.lang(), "track_notFound")));
    }

    private Uni<Response> render(String trackingCode, PageContext context, int status, PageModels.CaseStatusView view,
                                 String error) {
        String path = "/t/" + trackingCode;
        TemplateInstance page = Pages.common(track, context, messages, path)
                .data("trackingCode", trackingCode)
                .data("csrf", context.csrfToken())
                .data("view", view)
                .data("error", error)
                .data("labels", labels(context.lang()));
        return PageResponses.html(status, page, PageResponses.cookies(context));
    }

    /** The texts the page's script needs (statuses, steps, buttons), as JSON in a data attribute. */
    private String labels(String lang) {
        Map<String, String> labels = new TreeMap<>();
        messages.of(lang).forEach((key, value) -> {
            if (key.startsWith("status_") || key.startsWith("event_") || key.startsWith("js_")) {
                labels.put(key, value);
            }
        });
        try {
            return json.writeValueAsString(labels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Page labels could not be written as JSON", e);
        }
    }
}
