package org.liaison.qr;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.liaison.common.LiaisonConfig;
import org.liaison.deputy.DeputyRepository;
import org.liaison.venue.VenueRepository;

import java.util.List;

/**
 * In dev mode only: gives every active venue and deputy its code at start and prints one short block
 * with addresses to scan and the demo logins, so a newcomer can try the flow within a minute.
 */
@ApplicationScoped
public class DevQrCodes {

    /** Outside the "liaison." prefix on purpose, so configuration mapping never sees it. */
    private static final String WELCOME_SHOWN = "org.liaison.qr.dev-welcome-shown";

    /** A demo address to open and whose it is. */
    record DemoLink(String url, String name) {
    }

    private record Owner(Long id, String name) {
    }

    private final VenueRepository venues;
    private final DeputyRepository deputies;
    private final PublicCodeService publicCodes;
    private final String baseUrl;

    DevQrCodes(VenueRepository venues, DeputyRepository deputies, PublicCodeService publicCodes, LiaisonConfig config) {
        this.venues = venues;
        this.deputies = deputies;
        this.publicCodes = publicCodes;
        this.baseUrl = config.publicBaseUrl().replaceAll("/+$", "");
    }

    void onStart(@Observes StartupEvent event, LaunchMode mode) {
        if (mode != LaunchMode.DEVELOPMENT) {
            return;
        }
        try {
            List<DemoLink> venueLinks = VertxContextSupport.subscribeAndAwait(() -> venues.list("active", Sort.by("id"), true)
                    .chain(list -> links(OwnerKind.VENUE, list.stream().map(v -> new Owner(v.id, v.name)).toList())));
            List<DemoLink> deputyLinks = VertxContextSupport.subscribeAndAwait(() -> deputies.list("active", Sort.by("id"), true)
                    .chain(list -> links(OwnerKind.DEPUTY, list.stream().map(d -> new Owner(d.id, d.name)).toList())));
            // Printed on the first start only, not after every live reload. A system property outlives the
            // reload's fresh class loader where a static field would not.
            if (System.getProperty(WELCOME_SHOWN) == null) {
                System.setProperty(WELCOME_SHOWN, "true");
                Log.info(welcome(venueLinks, deputyLinks, baseUrl));
            }
        } catch (Throwable e) {
            Log.warn("Could not issue the demo QR codes; the API works regardless", e);
        }
    }

    /** One at a time: each call has its own transaction, and a Hibernate Reactive session must not be shared. */
    private Uni<List<DemoLink>> links(OwnerKind kind, List<Owner> owners) {
        return Multi.createFrom().iterable(owners)
                .onItem().transformToUniAndConcatenate(owner -> publicCodes.liveCode(kind, owner.id())
                        .map(code -> new DemoLink(publicCodes.url(code), owner.name())))
                .collect().asList();
    }

    static String welcome(List<DemoLink> venueLinks, List<DemoLink> deputyLinks, String baseUrl) {
        StringBuilder text = new StringBuilder("Liaison dev mode is ready.\n");
        venueLinks.forEach(link -> text.append("  scan to try: ").append(link.url()).append("  ").append(link.name()).append('\n'));
        deputyLinks.forEach(link -> text.append("  deputy card: ").append(link.url()).append("  ").append(link.name()).append('\n'));
        return text.append("  demo logins: admin/admin, deputy1..deputy4/deputy, dept1..dept3/dept (POST /api/auth/token)\n")
                .append("  try the API: ").append(baseUrl).append("/q/swagger-ui")
                .toString();
    }
}
