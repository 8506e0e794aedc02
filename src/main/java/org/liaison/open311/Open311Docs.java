package org.liaison.open311;

/** The long OpenAPI texts of the Open311 endpoint, in one place. */
final class Open311Docs {

    static final String TAG = "The open standard for citizen requests (http://wiki.open311.org/GeoReport_v2). Every "
            + "resource ends in .json or .xml (text/xml; charset=utf-8, application/json; charset=utf-8). Errors are "
            + "the specification's errors list: 403 bad or missing api_key, 404 unknown service, request or "
            + "jurisdiction, 429 too many requests for a key, 400 for anything else. An empty parameter is an absent "
            + "one. Only POST requests needs an api_key (issued by administrators: /api/admin/api-keys). Names, phones "
            + "and e-mail addresses are never shown.";

    static final String DISCOVERY = "Where this GeoReport v2 endpoint is, its formats, and how to get a key.";

    static final String SERVICES = "Our categories as services: service_code is the category code. type is always "
            + "realtime (the service_request_id comes in the answer to POST requests, so there is no tokens resource); "
            + "metadata is true because every service takes the attributes anonymous and contact_consent.";

    static final String DEFINITION = "The attributes a request of this service may carry: anonymous and "
            + "contact_consent (singlevaluelist true/false, optional), sent as attribute[code]=value.";

    static final String POST_REQUEST = "Leaves a message at a liaison venue, exactly as a resident does on the venue "
            + "page: routed to a deputy on duty there, else the least loaded, else up the venue hierarchy, else the "
            + "liaison staff. Form fields (application/x-www-form-urlencoded): api_key (required), service_code "
            + "(required), the location as address_id (the venue code on the venue's poster and in its QR code) or "
            + "lat and long (the nearest active venue with coordinates, within OPEN311_MAX_VENUE_DISTANCE_METRES; 400 "
            + "beyond it); description (required, at most 4000 characters with address_string and media_url, which are "
            + "appended for the deputy); address_string, media_url (http or https), first_name and last_name (the "
            + "resident's name, stored encrypted), phone (stored encrypted, shown to the accepting deputy only with "
            + "attribute[contact_consent]=true), attribute[anonymous]. email, device_id and account_id are not kept.";

    static final String IDEMPOTENCY = "Optional: the same key with the same fields answers the original request again "
            + "(header Idempotent-Replayed: true) instead of making a second case; a different request under the "
            + "same key, or one still in flight, is 400.";

    static final String GET_REQUESTS = "Requests by requested_datetime, newest first: within start_date..end_date "
            + "(the most recent 90 days by default, at most 90 days), filtered by service_code and status, at most "
            + "1000 per page (page and page_size, the common extension). service_request_id overrides all of that. "
            + "status is open or closed (closed = closed, rejected or withdrawn), status_notes our status in words, "
            + "agency_responsible who holds the case (a deputy's name or a department), expected_datetime the resolve "
            + "deadline, address/address_id/lat/long the venue's. description and media_url only for requests created "
            + "through Open311.";

    static final String GET_REQUEST = "One request, in a list of one, as in GET requests.";

    static final String UPDATES = "The updates extension of FixMyStreet and its adapters: every public step of every "
            + "case's timeline within start_date..end_date (by default the most recent 90 days, at most 90 days), "
            + "oldest first, page and page_size as in GET requests. update_id is the step's id (increasing), status "
            + "open or closed after the step, external_status_code our status after it (ASSIGNED, ACCEPTED, "
            + "IN_PROGRESS, REFERRED, RESPONDED, CLOSED, ...), description the note addressed to the resident for "
            + "requests created through Open311, otherwise the status in words.";

    static final String JURISDICTION = "Optional: this endpoint serves one jurisdiction (OPEN311_JURISDICTION_ID); "
            + "another value is 404.";
    static final String START = "Earliest datetime, w3 format with its zone, e.g. 2026-11-01T00:00:00+08:00.";
    static final String END = "Latest datetime, w3 format with its zone, e.g. 2026-12-01T00:00:00Z.";
    static final String PAGE = "Page number from 1 (default 1).";
    static final String PAGE_SIZE = "Items per page, 1 to 1000 (default 1000).";

    private Open311Docs() {
    }
}
