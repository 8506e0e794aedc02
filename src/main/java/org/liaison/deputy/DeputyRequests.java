package org.liaison.deputy;

/** Limits shared by the create and update requests, so the two cannot drift apart. */
final class DeputyRequests {

    /** A string rather than the enum, so an unknown level is a field error like any other. */
    static final String LEVEL = "NATIONAL|PROVINCIAL|MUNICIPAL|COUNTY|TOWNSHIP|STREET";
    static final String LEVEL_MESSAGE = "must be one of NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, STREET";
    static final int MAX_TOPICS = 20;
    static final int MAX_TOPIC_LENGTH = 40;
    /** Topics are stored comma-separated, so a topic cannot hold a comma. */
    static final String TOPIC = "[^,，]*";
    static final String TOPIC_MESSAGE = "must not contain a comma";
    static final String URL = "https?://[^\\s/?#]+[^\\s]*";
    static final String URL_MESSAGE = "must be an http or https address";

    private DeputyRequests() {
    }
}
