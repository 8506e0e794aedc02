package org.liaison.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import org.liaison.caseflow.events.CaseEventLog;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.tracking.CaseAccess;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Opens event streams. The order is what makes resuming exact: register the live feed first (it buffers), then
 * read what the client missed from the table, send that, then the live events not already sent.
 * Quarkus REST writes the SSE headers (200) as soon as a resource returns a Multi, so every refusal (404, 410, 429,
 * 503) must be decided before returning it: the checks and the replay query run on a worker thread and are
 * awaited there; the stream itself is non-blocking.
 */
@ApplicationScoped
public class PushStreams {

    private static final long RETRY_MILLIS = 3000;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

    private final PushHub hub;
    private final StreamTickets tickets;
    private final CaseEventLog events;
    private final CaseAccess access;
    private final StreamLimits limits;
    private final PushMetrics metrics;
    private final PushConfig config;
    private final ViewJson json;
    private final Clock clock;

    PushStreams(PushHub hub, StreamTickets tickets, CaseEventLog events, CaseAccess access, StreamLimits limits, PushMetrics metrics, PushConfig config,
                ObjectMapper json, Clock clock) {
        this.hub = hub;
        this.tickets = tickets;
        this.events = events;
        this.access = access;
        this.limits = limits;
        this.metrics = metrics;
        this.config = config;
        this.json = new ViewJson(json);
        this.clock = clock;
    }

    /**
     * The resident's stream: the whole public history of the case unless resuming, then live until it ends.
     * Blocks for its checks and replay, so call it on a worker (see the class comment).
     */
    public Multi<OutboundSseEvent> forResident(String typedCode, String secret, String ticket, Long lastEventId,
                                               String address, Sse sse, Consumer<Runnable> whenRequestEnds) {
        CaseAccess.Grant found = await(() -> secret != null && !secret.isBlank() ? access.grant(typedCode, secret)
                : tickets.caseOf(ticket).map(caseId -> access.grant(typedCode, caseId))
                        .orElseGet(() -> Uni.createFrom().failure(CaseAccess::notFound)));
        long after = lastEventId == null ? 0 : lastEventId;
        return open(new Audience.CaseWatcher(found.caseId()), after, found.status().isTerminal(), null, address, sse,
                whenRequestEnds);
    }

    /**
     * A deputy's or department's stream: live, plus what was missed when resuming; ends when the token expires or
     * when {@code revoked} completes (its session ended, its account was disabled).
     */
    public Multi<OutboundSseEvent> forHolder(Audience audience, Long lastEventId, Instant tokenExpiresAt, Uni<Void> revoked,
                                             String address, Sse sse, Consumer<Runnable> whenRequestEnds) {
        return open(audience, lastEventId, false, tokenExpiresAt, revoked, address, sse, whenRequestEnds);
    }

    private Multi<OutboundSseEvent> open(Audience audience, Long resumeAfter, boolean caseClosed, Instant endsAt,
                                         String address, Sse sse, Consumer<Runnable> whenRequestEnds) {
        return open(audience, resumeAfter, caseClosed, endsAt, Uni.createFrom().nothing(), address, sse, whenRequestEnds);
    }

    private Multi<OutboundSseEvent> open(Audience audience, Long resumeAfter, boolean caseClosed, Instant endsAt,
                                         Uni<Void> revoked, String address, Sse sse, Consumer<Runnable> whenRequestEnds) {
        StreamLimits.Permit permit = limits.acquire(address);
        LiveFeed feed = caseClosed ? null : hub.register(audience, config.bufferSize());
        Runnable cleanUp = () -> {
            permit.release();
            if (feed != null) {
                hub.unregister(feed);
                feed.close();
            }
        };
        // However the request ends (even if the stream is never subscribed), the slot and the feed are given back.
        whenRequestEnds.accept(cleanUp);
        List<CaseEventRecord> firstPage;
        try {
            firstPage = resumeAfter == null ? List.of()
                    : await(() -> events.replay(audience.scope(), audience.ownerId(), resumeAfter, config.replayLimit()));
        } catch (RuntimeException e) {
            cleanUp.run();
            throw e;
        }
        if (caseClosed && firstPage.isEmpty()) {
            cleanUp.run();
            throw ProblemException.gone("The case is closed: no more events will come.");
        }
        Set<Long> replayed = ConcurrentHashMap.newKeySet();
        Multi<CaseEventRecord> replay = pages(audience, firstPage, replayed).select().where(audience::sees);
        return stream(audience, resumeAfter == null ? 0 : resumeAfter, replay, replayed, feed, endsAt, revoked)
                .onFailure(BackPressureFailure.class).recoverWithCompletion()
                .map(item -> toSse(item, audience, sse))
                .onTermination().invoke(cleanUp);
    }

    /**
     * The replay from this page on: each full page is followed by the next one, read only once the previous one
     * was sent, until a page comes back short, so a long absence is caught up with whole and never held in memory.
     * Ids go into {@code replayed} as they are sent, so the live feed skips them.
     */
    private Multi<CaseEventRecord> pages(Audience audience, List<CaseEventRecord> page, Set<Long> replayed) {
        Multi<CaseEventRecord> current = Multi.createFrom().iterable(page).invoke(event -> replayed.add(event.id()));
        if (page.size() < config.replayLimit()) {
            return current;
        }
        long last = page.get(page.size() - 1).id();
        Multi<CaseEventRecord> rest = Multi.createFrom().deferred(() -> Multi.createFrom()
                .uni(events.replay(audience.scope(), audience.ownerId(), last, config.replayLimit()))
                .onItem().transformToMultiAndConcatenate(next -> pages(audience, next, replayed)));
        return Multi.createBy().concatenating().streams(current, rest);
    }

    private Multi<StreamItem> stream(Audience audience, long resumeAfter, Multi<CaseEventRecord> replay, Set<Long> replayed,
                                     LiveFeed feed, Instant endsAt, Uni<Void> revoked) {
        Multi<StreamItem> live = feed == null ? Multi.createFrom().empty() : feed.events()
                .select().where(event -> event.id() > resumeAfter && !replayed.contains(event.id()))
                .map(event -> StreamItem.event(event, true));
        boolean endsWithCase = audience instanceof Audience.CaseWatcher;
        Multi<StreamItem> content = Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(StreamItem.OPEN),
                        replay.map(event -> StreamItem.event(event, false)),
                        live)
                .onItem().transformToMultiAndConcatenate(item -> endsWithCase && item.closesCase()
                        ? Multi.createFrom().items(item, StreamItem.END) : Multi.createFrom().item(item))
                .onCompletion().continueWith(StreamItem.END);
        Multi<StreamItem> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .onOverflow().drop()
                .map(tick -> StreamItem.HEARTBEAT);
        Multi<StreamItem> merged = Multi.createBy().merging()
                .streams(content, heartbeats, revoked.onItem().transform(ignored -> StreamItem.END).toMulti())
                .select().first(item -> item != StreamItem.END);
        return endsAt == null ? merged
                : merged.select().first(Duration.between(clock.instant(), endsAt).plusMillis(1));
    }

    /** Runs a database read from this worker thread on a Vert.x context, as Hibernate Reactive requires. */
    private static <T> T await(Supplier<Uni<T>> read) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> read.get().ifNoItem().after(QUERY_TIMEOUT).fail());
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private OutboundSseEvent toSse(StreamItem item, Audience audience, Sse sse) {
        if (item.event() == null) {
            OutboundSseEvent.Builder comment = sse.newEventBuilder().comment(item.comment());
            return item == StreamItem.OPEN ? comment.reconnectDelay(RETRY_MILLIS).build() : comment.build();
        }
        CaseEventRecord event = item.event();
        metrics.pushed(audience.kind(), event.createdAt(), item.live());
        return sse.newEventBuilder()
                .id(String.valueOf(event.id()))
                .name(event.type())
                .data(json.of(event, audience))
                .build();
    }
}
