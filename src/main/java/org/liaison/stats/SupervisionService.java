package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;

import java.time.Clock;
import java.time.Instant;

/** The supervision list as pages, read at the service clock's now. */
@ApplicationScoped
public class SupervisionService {

    private final SupervisionRepository supervision;
    private final Clock clock;

    SupervisionService(SupervisionRepository supervision, Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
    }

    public Uni<Page<SupervisedCase>> page(String region, Long venueId, int page, int size) {
        Instant now = clock.instant();
        String area = region == null || region.isBlank() ? null : region.trim();
        return supervision.page(area, venueId, now, page, size).flatMap(items -> supervision.count(area, venueId, now)
                .map(total -> new Page<>(items, page, size, total)));
    }
}
