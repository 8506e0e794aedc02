package org.liaison.web;

import org.liaison.caseflow.tracking.ResidentCaseView;
import org.liaison.category.PublicCategoryView;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyPublicView;
import org.liaison.duty.VenueSchedule;
import org.liaison.scan.PublicVenueView;
import org.liaison.stats.PublicVenueSummary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Views of the API turned into page models in the page's language. */
final class PageMapper {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PageMapper() {
    }

    static PageModels.Target venue(PublicVenueView venue, Map<String, String> m, boolean en) {
        List<PageModels.DeputyCard> cards = venue.deputies().stream()
                .map(serving -> card(serving.deputy(), m, en ? serving.contactDaysEn() : serving.contactDaysZh()))
                .toList();
        VenueSchedule schedule = venue.schedule();
        List<String> today = schedule == null ? List.of() : schedule.onDutyToday().stream().map(PageMapper::onDuty).toList();
        String next = schedule == null || schedule.nextContactDay() == null ? null
                : schedule.nextContactDay().date() + " · " + schedule.nextContactDay().deputies().stream()
                .map(VenueSchedule.DeputyOnDuty::deputyName).collect(Collectors.joining(", "));
        return new PageModels.Target(venue.name(), m.get("kind_" + venue.kind()), venue.address(), venue.openingHours(),
                venue.parents().stream().map(PublicVenueView.ParentVenue::name).toList(), cards, today, next);
    }

    /** Whole percent, never rounded up to 100 % unless every rated case was satisfied or basically satisfied. */
    static PageModels.VenueRecord record(PublicVenueSummary summary, Map<String, String> m, int minimumRated) {
        String rate = null;
        if (summary.satisfactionRate() != null && summary.rated() >= minimumRated) {
            long percent = Math.round(summary.satisfactionRate() * 100);
            rate = (percent == 100 && summary.satisfactionRate() < 1 ? 99 : percent) + "%";
        }
        String period = m.get("recordPeriod").replace("{from}", summary.from().toString())
                .replace("{to}", summary.to().toString());
        return new PageModels.VenueRecord(period, summary.received(), summary.solved(), rate, summary.received() == 0);
    }

    static PageModels.Target deputy(Deputy deputy, Map<String, String> m) {
        PageModels.DeputyCard card = new PageModels.DeputyCard(deputy.name, initial(deputy.name),
                m.get("level_" + deputy.level), null);
        return new PageModels.Target(deputy.name, m.get("level_" + deputy.level), deputy.constituency, null, List.of(),
                List.of(card), List.of(), null);
    }

    static List<PageModels.Option> options(List<PublicCategoryView> categories, String selected, boolean en) {
        return categories.stream().map(c -> new PageModels.Option(c.code(),
                en && c.nameEn() != null ? c.nameEn() : c.nameZh(), c.code().equals(selected))).toList();
    }

    static PageModels.CaseStatusView status(ResidentCaseView view, Map<String, String> m, boolean en, ZoneId zone) {
        String category = view.category() == null ? null : en ? view.category().nameEn() : view.category().nameZh();
        String heldBy = view.heldBy() == null ? null : en ? view.heldBy().nameEn() : view.heldBy().nameZh();
        List<PageModels.TimelineRow> rows = view.timeline().stream()
                .map(entry -> new PageModels.TimelineRow(time(entry.at(), zone),
                        m.getOrDefault("event_" + entry.type(), entry.type()), entry.note()))
                .toList();
        return new PageModels.CaseStatusView(view.displayCode(), view.status().name(),
                m.get("status_" + view.status()), view.venueName(), category, heldBy, rows);
    }

    private static PageModels.DeputyCard card(DeputyPublicView deputy, Map<String, String> m, String contactDays) {
        return new PageModels.DeputyCard(deputy.name(), initial(deputy.name()), m.get("level_" + deputy.level()),
                contactDays);
    }

    private static String onDuty(VenueSchedule.DeputyOnDuty duty) {
        return duty.startsAt() == null ? duty.deputyName()
                : duty.deputyName() + " " + duty.startsAt() + "–" + (duty.endsAt() == null ? "" : duty.endsAt());
    }

    /** The avatar letter: a Chinese name's surname, or a Latin name's first letter. */
    static String initial(String name) {
        return name == null || name.isBlank() ? "?" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1))
                .toUpperCase();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : MINUTES.format(at.atZone(zone));
    }
}
