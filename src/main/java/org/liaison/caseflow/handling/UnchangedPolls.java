package org.liaison.caseflow.handling;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.auth.AccessRevocations;
import org.liaison.auth.Role;
import org.liaison.auth.TokenClaims;
import org.liaison.auth.VerifiedTokens;
import org.liaison.caseflow.WatchCounters;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The deputy app's poll when nothing changed for it, answered on the router before RESTEasy: a deputy's app polls
 * every few seconds, and almost every answer is a 304 (bench/README.md: the REST stack, security and validation
 * were most of its cost). It answers only when it is sure, from memory alone: the bearer token was verified on
 * this instance and has not expired ({@link VerifiedTokens#alreadyVerified}), it is a deputy's, not revoked, the
 * query is valid, this instance knows the deputy's watch revision ({@link WatchCounters#knownRevision}) and
 * If-None-Match names the ETag the full path would give. Anything else (a first poll, a new token, a change, a bad
 * parameter, a revoked session) goes on to {@link DeputyCaseResource#assignments}, which answers it as before.
 */
@ApplicationScoped
class UnchangedPolls {

    static final String PATH = "/api/deputy/assignments";
    /**
     * After CORS (Quarkus's filter priority 300 is route order -300), before the authentication filters (-200) and
     * RESTEasy's auth-failure filter (-199), which names the metrics' URI template by building a RequestMapper on
     * every request (a tenth of a 304's CPU in the profile). ParameterGuard (-2) has not run yet: see
     * {@link #PLAIN_QUERY}.
     */
    static final int ORDER = -250;
    /**
     * Only a query of plain characters is answered here (no escapes, spaces or control characters); anything else
     * goes on to ParameterGuard and the resource, which refuse or accept it as for every other request.
     */
    private static final Pattern PLAIN_QUERY = Pattern.compile("[A-Za-z0-9_.,=&-]*");
    private static final String BEARER = "Bearer ";

    private final VerifiedTokens tokens;
    private final AccessRevocations revocations;
    private final WatchCounters counters;

    UnchangedPolls(VerifiedTokens tokens, AccessRevocations revocations, WatchCounters counters) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.counters = counters;
    }

    void install(@Observes Router router) {
        router.get(PATH).order(ORDER).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        String etag = unchanged(context);
        if (etag == null) {
            context.next();
            return;
        }
        context.response().setStatusCode(304)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.CACHE_CONTROL, FeedResponses.CACHE_CONTROL)
                .end();
    }

    /** The current ETag when If-None-Match names it and every check passes, else null. */
    String unchanged(RoutingContext context) {
        HttpServerRequest request = context.request();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        // exactly as the JWT mechanism hands tokens to the parser: any other spelling takes the full path
        if (ifNoneMatch == null || authorization == null || !authorization.startsWith(BEARER)
                || request.query() != null && !PLAIN_QUERY.matcher(request.query()).matches()) {
            return null;
        }
        JsonWebToken token = tokens.alreadyVerified(authorization.substring(BEARER.length()));
        if (token == null || !token.getGroups().contains(Role.DEPUTY) || !revocations.allows(TokenClaims.of(token))) {
            return null;
        }
        Long deputy = Readers.deputyOrNull(token);
        Long since = since(context.queryParam("since"));
        Set<CaseStatus> statuses = statuses(context.queryParam("status"));
        if (deputy == null || since == null || statuses == null) {
            return null;
        }
        FeedScope scope = FeedScope.deputy(deputy);
        Long revision = counters.knownRevision(scope.owner(), scope.ownerId());
        if (revision == null) {
            return null;
        }
        String etag = Polling.etag(scope, revision, since, statuses);
        return Polling.matches(ifNoneMatch, etag) ? etag : null;
    }

    /** As the resource reads it: absent is 0, one non-negative number; anything else is the full path's to refuse. */
    private static Long since(List<String> values) {
        if (values.isEmpty()) {
            return 0L;
        }
        if (values.size() > 1) {
            return null;
        }
        try {
            long since = Long.parseLong(values.get(0));
            return since < 0 ? null : since;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Set<CaseStatus> statuses(List<String> values) {
        try {
            return CaseListService.parseStatuses(values);
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
