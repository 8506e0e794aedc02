package org.liaison.qr;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyLevel;
import org.liaison.deputy.DeputyRepository;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueKind;
import org.liaison.venue.VenueRepository;

import java.util.function.Supplier;

/** Venues, deputies and code rows for QR tests, made straight in the database with unique names. */
@ApplicationScoped
public class QrFixtures {

    private final VenueRepository venues;
    private final DeputyRepository deputies;
    private final Pool pool;

    QrFixtures(VenueRepository venues, DeputyRepository deputies, Pool pool) {
        this.venues = venues;
        this.deputies = deputies;
        this.pool = pool;
    }

    public long venue(String name, String openingHours) {
        Venue venue = new Venue();
        venue.kind = VenueKind.HOME;
        venue.name = name;
        venue.region = "测试区";
        venue.address = "测试路 1 号";
        venue.openingHours = openingHours;
        return await(() -> Panache.withTransaction(() -> venues.persist(venue)).map(saved -> saved.id));
    }

    public long deputy(String name) {
        Deputy deputy = new Deputy();
        deputy.name = name;
        deputy.level = DeputyLevel.STREET;
        return await(() -> Panache.withTransaction(() -> deputies.persist(deputy)).map(saved -> saved.id));
    }

    /** Rows of public_code for the owner: all revisions, and how many of them are live. */
    public long[] codeRows(OwnerKind kind, long ownerId) {
        return await(() -> pool.preparedQuery("select count(*), count(*) filter (where retired_at is null) from public_code "
                        + "where owner_kind = $1 and owner_id = $2")
                .execute(Tuple.of(kind.name(), ownerId))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new long[]{row.getLong(0), row.getLong(1)};
                }));
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
