package org.liaison.caseflow.handling;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.WatchCounters;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.handling.CaseWorkRepository.Changed;
import org.liaison.category.Category;
import org.liaison.category.CategoryRepository;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.problem.ProblemException;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Case lists: the polling feeds of deputies, departments and the administrators' queue, and the administrators'
 * paged list. A poll first reads the reader's watch revision straight from the pool; when the client's ETag
 * names it, the answer is 304 without a session or a case being loaded.
 */
@ApplicationScoped
public class CaseListService {

    private final WatchCounters counters;
    private final CaseWorkRepository work;
    private final CategoryRepository categories;
    private final VenueRepository venues;
    private final Clock clock;

    CaseListService(WatchCounters counters, CaseWorkRepository work, CategoryRepository categories,
                    VenueRepository venues, Clock clock) {
        this.counters = counters;
        this.work = work;
        this.categories = categories;
        this.venues = venues;
        this.clock = clock;
    }

    /**
     * The cases of the scope changed after {@code since} (0: all of them, in pages), or a 304 outcome when
     * {@code ifNoneMatch} names the current ETag. {@code statuses} filters (empty: all).
     */
    public Uni<FeedResult> poll(FeedScope scope, long since, Set<CaseStatus> statuses, String ifNoneMatch) {
        return counters.revision(scope.owner(), scope.ownerId()).flatMap(revision -> {
            String etag = Polling.etag(scope, revision, since, statuses);
            if (Polling.matches(ifNoneMatch, etag)) {
                return Uni.createFrom().item(new FeedResult(etag, null));
            }
            return Panache.withSession(() -> feed(scope, since, statuses)).map(feed -> new FeedResult(etag, feed));
        });
    }

    @WithSession
    public Uni<Page<CaseSummary>> search(AdminCaseFilter filter, PageRequest page) {
        CaseStatus status = filter.status == null || filter.status.isBlank() ? null
                : parseStatuses(List.of(filter.status)).iterator().next();
        return work.search(filter, status, page).flatMap(found -> summaries(found.items())
                .map(items -> new Page<>(items, found.page(), found.size(), found.total())));
    }

    /** Statuses from query values, each possibly comma-separated; an unknown one is a 400 field error. */
    public static Set<CaseStatus> parseStatuses(Collection<String> values) {
        Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(CaseStatus.valueOf(name.trim()));
                } catch (IllegalArgumentException unknown) {
                    throw ProblemException.invalid("status", "must be one of " + Arrays.toString(CaseStatus.values()));
                }
            }
        }
        return statuses;
    }

    private Uni<CaseFeed> feed(FeedScope scope, long since, Set<CaseStatus> statuses) {
        return work.changedSince(scope, since, statuses, Polling.LIMIT + 1).flatMap(rows -> {
            boolean more = rows.size() > Polling.LIMIT;
            List<Changed> page = more ? rows.subList(0, Polling.LIMIT) : rows;
            long cursor = Polling.nextCursor(since, page.stream()
                    .map(row -> new Polling.Change(row.residentCase().lastEventId, row.changedAt())).toList(), clock.instant());
            Uni<List<Long>> released = scope.owner() == WatchCounters.Owner.DEPUTY && since > 0
                    ? work.releasedFrom(scope.ownerId(), since, Polling.LIMIT) : Uni.createFrom().item(List.of());
            return summaries(page).flatMap(items -> released.map(gone -> {
                List<CaseSummary> newestFirst = new ArrayList<>(items);
                newestFirst.sort(Comparator.comparingLong(CaseSummary::lastEventId).reversed());
                return new CaseFeed(cursor, more && cursor > since, newestFirst, gone);
            }));
        });
    }

    private Uni<List<CaseSummary>> summaries(List<Changed> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> categoryIds = rows.stream().map(row -> row.residentCase().categoryId).collect(Collectors.toSet());
        Set<Long> venueIds = rows.stream().map(row -> row.residentCase().venueId).collect(Collectors.toSet());
        return categories.list("id in ?1", categoryIds).flatMap(foundCategories -> venues.list("id in ?1", venueIds)
                .map(foundVenues -> {
                    Map<Long, Category> categoryById = foundCategories.stream()
                            .collect(Collectors.toMap(category -> category.id, Function.identity()));
                    Map<Long, String> venueNames = foundVenues.stream().collect(Collectors.toMap(venue -> venue.id, venue -> venue.name));
                    return rows.stream().map(row -> CaseMapper.toSummary(row.residentCase(),
                            categoryById.get(row.residentCase().categoryId), venueNames.get(row.residentCase().venueId),
                            row.changedAt())).toList();
                }));
    }
}
