package org.liaison.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
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
import org.liaison.caseflow.intake.SubmissionRateLimiter;
import org.liaison.caseflow.intake.SubmissionRequest;
import org.liaison.caseflow.intake.SubmissionService;
import org.liaison.caseflow.intake.SubmissionView;
import org.liaison.common.ClientAddress;
import org.liaison.common.RunToEnd;
import org.liaison.common.problem.ProblemException;
import org.liaison.qr.OwnerKind;
import org.liaison.stats.StatsConfig;

import java.util.Map;
import java.util.Optional;

/**
 * What a phone camera opens: the page of a venue poster (/v/{code}) or of a deputy's personal code (/d/{code}),
 * with the message form, and the receipt after sending it. HTML for people; the JSON API is under /api/public.
 */
@Path("/")
@PermitAll
@Tag(name = "Resident pages")
@Produces(MediaType.TEXT_HTML)
public class SubmissionPageResource {

    private final ResidentPageService pages;
    private final SubmissionService submissions;
    private final SubmissionRateLimiter limiter;
    private final SubmissionForms forms;
    private final ProblemPages problems;
    private final WebMessages messages;
    private final ObjectMapper json;
    private final Template submit;
    private final Template receipt;
    private final int minimumRated;

    SubmissionPageResource(ResidentPageService pages, SubmissionService submissions, SubmissionRateLimiter limiter,
                           SubmissionForms forms, ProblemPages problems, WebMessages messages, ObjectMapper json,
                           @Location("submit.html") Template submit, @Location("receipt.html") Template receipt,
                           StatsConfig stats) {
        this.minimumRated = stats.publicRecordMinimumRated();
        this.pages = pages;
        this.submissions = submissions;
        this.limiter = limiter;
        this.forms = forms;
        this.problems = problems;
        this.messages = messages;
        this.json = json;
        this.submit = submit;
        this.receipt = receipt;
    }

    @GET
    @Path("v/{code}")
    @Operation(summary = "Venue page", description = "The page a venue poster's QR code opens: the venue, its deputies, "
            + "today's duty, its record over the last twelve months (received, solved, satisfaction rate; as "
            + "/api/public/venues/{code}/summary) and the message form. zh-CN unless ?lang=en or Accept-Language "
            + "prefers English.")
    @APIResponse(responseCode = "200", description = "The page.")
    @APIResponse(responseCode = "404", description = "A friendly page: no venue has this code.")
    @APIResponse(responseCode = "410", description = "A friendly page: this poster has been replaced.")
    public Uni<Response> venuePage(@PathParam("code") String code, @QueryParam("lang") String lang,
                                   @Context HttpHeaders headers) {
        PageContext context = PageContext.of(headers, lang);
        return render(OwnerKind.VENUE, code, context, 200, SubmissionForms.blank("/v/" + code, context.csrfToken()));
    }

    @GET
    @Path("d/{code}")
    @Operation(summary = "Deputy page", description = "The page a deputy's personal QR code opens, with the message form.")
    @APIResponse(responseCode = "200", description = "The page.")
    @APIResponse(responseCode = "404", description = "A friendly page: no deputy has this code.")
    @APIResponse(responseCode = "410", description = "A friendly page: this code has been replaced.")
    public Uni<Response> deputyPage(@PathParam("code") String code, @QueryParam("lang") String lang,
                                    @Context HttpHeaders headers) {
        PageContext context = PageContext.of(headers, lang);
        return render(OwnerKind.DEPUTY, code, context, 200, SubmissionForms.blank("/d/" + code, context.csrfToken()));
    }

    @POST
    @Path("v/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send the venue page's form", description = "Needs the page's CSRF token (hidden field and "
            + "cookie). Sent twice with the same hidden Idempotency-Key (double tap, reload), it makes one case.")
    @APIResponse(responseCode = "200", description = "The receipt with the tracking code, or the form with its errors.")
    @APIResponse(responseCode = "403", description = "Missing or wrong CSRF token.")
    public Uni<Response> sendAtVenue(@PathParam("code") String code, @BeanParam FormFields form,
                                     @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return send(OwnerKind.VENUE, code, form, headers, http);
    }

    @POST
    @Path("d/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Send the deputy page's form", description = "As the venue page's form, to the deputy.")
    @APIResponse(responseCode = "200", description = "The receipt with the tracking code, or the form with its errors.")
    @APIResponse(responseCode = "403", description = "Missing or wrong CSRF token.")
    public Uni<Response> sendToDeputy(@PathParam("code") String code, @BeanParam FormFields form,
                                      @Context HttpHeaders headers, @Context HttpServerRequest http) {
        return send(OwnerKind.DEPUTY, code, form, headers, http);
    }

    private Uni<Response> send(OwnerKind kind, String code, FormFields form, HttpHeaders headers, HttpServerRequest http) {
        PageContext context = PageContext.of(headers, null);
        String action = "/" + kind.pathSegment() + "/" + code;
        if (!Csrf.matches(PageContext.csrfCookie(headers), form.csrf)) {
            return problems.page(403, context, action);
        }
        SubmissionRequest request = SubmissionForms.request(form, context.lang());
        Map<String, String> errors = forms.check(request, context.lang());
        Optional<String> key = form.key();
        if (!errors.isEmpty()) {
            return render(kind, code, context, 400, SubmissionForms.again(action, form, context.csrfToken(), errors, null, false));
        }
        return limiter.admit(ClientAddress.of(http)).map(admitted -> true)
                .onFailure(ProblemException.class).recoverWithItem(false)
                .flatMap(admitted -> admitted ? RunToEnd.of(submissions.submit(kind, code, request, key))
                        .flatMap(outcome -> showReceipt(outcome.body(), context))
                        .onFailure(ProblemException.class).recoverWithUni(e -> refused((ProblemException) e, kind, code, form, context))
                        : render(kind, code, context, 429, SubmissionForms.again(action, form, context.csrfToken(), Map.of(),
                                messages.get(context.lang(), "error_tooMany"), false)));
    }

    private Uni<Response> refused(ProblemException problem, OwnerKind kind, String code, FormFields form, PageContext context) {
        String action = "/" + kind.pathSegment() + "/" + code;
        String lang = context.lang();
        return switch (problem.status()) {
            case 400 -> {
                Map<String, String> errors = forms.fromProblem(problem.toProblem().errors(), lang);
                yield render(kind, code, context, 400, SubmissionForms.again(action, form, context.csrfToken(), errors,
                        errors.remove("general"), false));
            }
            case 404, 410 -> problems.page(problem.status(), context, action);
            // 409: the first request with this key is still being processed; 422: the key was used for other words
            case 422 -> render(kind, code, context, 422, SubmissionForms.again(action, form, context.csrfToken(), Map.of(),
                    messages.get(lang, "error_changed"), true));
            default -> render(kind, code, context, problem.status(), SubmissionForms.again(action, form,
                    context.csrfToken(), Map.of(), messages.get(lang, problem.status() == 409 ? "error_inFlight"
                            : "error_general"), false));
        };
    }

    private Uni<Response> render(OwnerKind kind, String code, PageContext context, int status, PageModels.Form form) {
        Map<String, String> m = messages.of(context.lang());
        boolean en = WebLocale.EN.equals(context.lang());
        Uni<Head> head = kind == OwnerKind.VENUE
                ? pages.venue(code).flatMap(venue -> pages.venueRecord(venue).map(record -> new Head(
                        PageMapper.venue(venue, m, en), record == null ? null : PageMapper.record(record, m, minimumRated))))
                : pages.deputy(code).map(deputy -> new Head(PageMapper.deputy(deputy, m), null));
        return head.flatMap(h -> pages.categories().flatMap(categories -> {
                    TemplateInstance page = Pages.common(submit, context, messages, form.action())
                            .data("target", h.target())
                            .data("venueRecord", h.record())
                            .data("isVenue", kind == OwnerKind.VENUE)
                            .data("categories", PageMapper.options(categories, form.categoryCode(), en))
                            .data("form", form);
                    return PageResponses.html(status, page, PageResponses.cookies(context));
                }))
                .onFailure(ProblemException.class).recoverWithUni(e -> problems.page(((ProblemException) e).status(), context, form.action()));
    }

    /** The head of the page: the venue or deputy, and a venue's public record (null for a deputy or when unread). */
    private record Head(PageModels.Target target, PageModels.VenueRecord record) {
    }

    private Uni<Response> showReceipt(String body, PageContext context) {
        SubmissionView view;
        try {
            view = json.readValue(body, SubmissionView.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("A stored submission could not be read", e));
        }
        boolean en = WebLocale.EN.equals(context.lang());
        PageModels.Receipt model = new PageModels.Receipt(view.displayCode(), view.venueName(),
                en ? view.routingReasonEn() : view.routingReasonZh(), "/t/" + view.trackingCode() + "#" + view.secret());
        return PageResponses.html(200, Pages.common(receipt, context, messages, "/t/" + view.trackingCode())
                .data("receipt", model), PageResponses.cookies(context));
    }
}
