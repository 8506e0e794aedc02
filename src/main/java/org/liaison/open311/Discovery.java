package org.liaison.open311;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;

import java.util.List;

/** The service discovery document (Open311 Service Discovery): one production GeoReport v2 endpoint. */
@ApplicationScoped
public class Discovery {

    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    /** When this endpoint's behaviour last changed; integrators compare it to know when to look again. */
    static final String CHANGESET = "2026-12-01T00:00:00Z";

    private final Open311Views.Discovery document;

    Discovery(LiaisonConfig liaison, Open311Config config) {
        String url = liaison.publicBaseUrl().replaceAll("/+$", "") + Open311Resource.PATH;
        document = new Open311Views.Discovery(CHANGESET, config.contact(), config.keyService(), List.of(
                new Open311Views.Endpoint(SPECIFICATION, url, CHANGESET, "production",
                        List.of("text/xml", "application/json"))));
    }

    public Open311Views.Discovery document() {
        return document;
    }
}
