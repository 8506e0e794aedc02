package org.liaison.open311;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** GET requests, GET requests/{id} and the updates feed: read-only, no key needed, no personal data. */
@ApplicationScoped
public class RequestReader {

    private final Open311Repository repository;
    private final Clock clock;
    private final ZoneId zone;

    RequestReader(Open311Repository repository, Clock clock, LiaisonConfig config) {
        this.repository = repository;
        this.clock = clock;
        this.zone = config.zone();
    }

    public Uni<List<Open311Views.ServiceRequest>> list(Open311Query.RequestFilter filter, Open311Language language) {
        Uni<List<RequestRow>> rows = filter.window() == null ? repository.byTrackingCodes(filter.ids())
                : repository.submittedWithin(filter.window(), filter.serviceCodes(), filter.closed());
        return rows.map(found -> found.stream().map(row -> RequestMapper.request(row, language, zone)).toList());
    }

    /** The one request; 404 when no case has this id. */
    public Uni<Open311Views.ServiceRequest> get(String serviceRequestId, Open311Language language) {
        String id = serviceRequestId.strip().toUpperCase(Locale.ROOT);
        if (!Open311Query.plausibleId(id)) {
            return Uni.createFrom().failure(Open311Exception.notFound("service_request_id was not found"));
        }
        return repository.byTrackingCodes(List.of(id)).map(found -> {
            if (found.isEmpty()) {
                throw Open311Exception.notFound("service_request_id " + id + " was not found");
            }
            return RequestMapper.request(found.get(0), language, zone);
        });
    }

    public Uni<List<Open311Views.RequestUpdate>> updates(Open311Query.Window window, Open311Language language) {
        return repository.publicEventsWithin(window)
                .map(found -> found.stream().map(row -> RequestMapper.update(row, language, zone)).toList());
    }

    public java.time.Instant now() {
        return clock.instant();
    }
}
