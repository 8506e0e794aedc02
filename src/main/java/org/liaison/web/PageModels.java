package org.liaison.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** What the templates render: plain strings, already in the page's language. */
final class PageModels {

    private PageModels() {
    }

    /** A venue or a deputy, as the head of a submission page. */
    @TemplateData
    record Target(String heading, String kindLabel, String address, String openingHours, List<String> parents,
                  List<DeputyCard> deputies, List<String> onDutyToday, String nextContactDay) {
    }

    /**
     * A venue's public record: counts, and the satisfaction rate as text, or null when too few cases were rated
     * (the page says so rather than show 0 %); {@code empty} when nothing was received.
     */
    @TemplateData
    record VenueRecord(String period, long received, long solved, String satisfaction, boolean empty) {
    }

    @TemplateData
    record DeputyCard(String name, String initial, String level, String contactDays) {
    }

    @TemplateData
    record Option(String code, String label, boolean selected) {
    }

    /** The form as typed, its one-time keys, and what is wrong with it (field → plain words). */
    @TemplateData
    record Form(String action, String categoryCode, String text, String name, String phone, boolean anonymous,
                boolean contactConsent, String idempotencyKey, String csrf, Map<String, String> errors,
                String general, int maxText) {
    }

    @TemplateData
    record Receipt(String displayCode, String venueName, String routingReason, String trackLink) {
    }

    @TemplateData
    record CaseStatusView(String displayCode, String status, String statusLabel, String venueName, String category,
                          String heldBy, List<TimelineRow> timeline) {
    }

    @TemplateData
    record TimelineRow(String at, String label, String note) {
    }
}
