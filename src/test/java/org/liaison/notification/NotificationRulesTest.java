package org.liaison.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.caseflow.lifecycle.ActorKind;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules: who hears what, the texts and their length, quiet hours, backoff, template choice. */
class NotificationRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static CaseEventRecord event(String type, CaseStatus to, Long deputy, Long department) {
        return new CaseEventRecord(1, 2, "7K4M9QXTB", type, CaseStatus.ACCEPTED, to, ActorKind.DEPUTY, "secret text",
                true, true, deputy, department, Instant.now());
    }

    private static CaseFacts facts(boolean reachable, Long holder) {
        return new CaseFacts(2, "7K4M9QXTB", 1, 1, null, CaseStatus.ACCEPTED, holder, null, Instant.now(), null, null,
                null, null, null, null, null, false, false, 0, reachable);
    }

    private static List<String> plan(String type, CaseStatus to, Long deputy, Long department, boolean reachable) {
        return NotificationPlan.plan(event(type, to, deputy, department), facts(reachable, 5L)).stream()
                .map(p -> p.role() + ":" + p.recipientId() + ":" + p.templateKey() + (p.urgent() ? "!" : "")).toList();
    }

    @Test
    void whoHearsWhat() {
        assertThat(plan("ROUTE", CaseStatus.ASSIGNED, 5L, null, true)).containsExactly("DEPUTY:5:deputy.case-assigned");
        assertThat(plan("ROUTE", CaseStatus.ASSIGNED, null, null, true)).as("administrators' queue").isEmpty();
        assertThat(plan("ACCEPT", CaseStatus.ACCEPTED, 5L, null, true)).containsExactly("RESIDENT:null:resident.case-accepted");
        assertThat(plan("ACCEPT", CaseStatus.ACCEPTED, 5L, null, false)).isEmpty();
        assertThat(plan("REQUEST_INFO", CaseStatus.AWAITING_INFO, 5L, null, true)).containsExactly("RESIDENT:null:resident.info-requested");
        assertThat(plan("REFER", CaseStatus.REFERRED, 5L, 9L, true)).containsExactly("DEPARTMENT:9:department.case-referred");
        assertThat(plan("DEPARTMENT_REPLY", CaseStatus.IN_PROGRESS, 5L, null, true)).containsExactly("DEPUTY:5:deputy.department-replied");
        assertThat(plan("RESPOND", CaseStatus.RESPONDED, 5L, null, true)).containsExactly("RESIDENT:null:resident.case-responded");
        assertThat(plan("ESCALATE", CaseStatus.ASSIGNED, 6L, null, true)).containsExactly("DEPUTY:6:deputy.case-escalated!");
        assertThat(plan("MARK_OVERDUE", CaseStatus.IN_PROGRESS, 5L, null, true)).containsExactly("DEPUTY:5:deputy.case-urged!");
        assertThat(plan("RATE", CaseStatus.REOPENED, 5L, null, true)).containsExactly("DEPUTY:5:deputy.case-urged!");
        assertThat(plan("RATE", CaseStatus.CLOSED, 5L, null, true)).containsExactly("RESIDENT:null:resident.case-closed");
        assertThat(plan("CLOSE_UNRATED", CaseStatus.CLOSED, 5L, null, true)).containsExactly("RESIDENT:null:resident.case-closed");
        assertThat(plan("WITHDRAW", CaseStatus.WITHDRAWN, 5L, null, true)).isEmpty();
        assertThat(plan("ADD_MESSAGE", CaseStatus.ACCEPTED, 5L, null, true)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"zh-CN", "en"})
    void textsFitOneSegmentExceptTheFirstWithItsTwoLinks(String language) {
        Map<String, String> parameters = Map.of("code", "7K4M-9QXT-B", "link", "https://liaison.example.gov.cn/t/7K4M9QXTB",
                "unsubscribe", "https://liaison.example.gov.cn/u/7K4M9QXTB/AbCdEfGhIjKl");
        for (String key : NotificationPlan.KEYS) {
            String text = NotificationTemplates.render(key, language, parameters);
            assertThat(text).contains("7K4M-9QXT-B").doesNotContain("{");
            int limit = key.equals(NotificationPlan.RESIDENT_ACCEPTED) ? 2 : 1;
            assertThat(SmsSegments.count(text)).as(key + ": " + text).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void segmentsCount() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("中".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("中".repeat(71))).isEqualTo(2);
        assertThat(NotificationTemplates.language("en-US")).isEqualTo("en");
        assertThat(NotificationTemplates.language(null)).isEqualTo("zh-CN");
    }

    @ParameterizedTest
    @CsvSource({"21:59,false,21:59", "22:00,true,08:00+1", "23:30,true,08:00+1", "03:00,true,08:00", "07:59,true,08:00",
            "08:00,false,08:00", "12:00,false,12:00"})
    void quietHoursOverMidnight(String at, boolean quiet, String next) {
        QuietHours hours = QuietHours.parse(Optional.of("22:00-08:00"), SHANGHAI).orElseThrow();
        ZonedDateTime local = ZonedDateTime.of(2026, 3, 10, 0, 0, 0, 0, SHANGHAI).with(LocalTime.parse(at));
        assertThat(hours.isQuiet(local.toInstant())).isEqualTo(quiet);
        ZonedDateTime expected = ZonedDateTime.of(2026, 3, 10, 0, 0, 0, 0, SHANGHAI).with(LocalTime.parse(next.replace("+1", "")))
                .plusDays(next.endsWith("+1") ? 1 : 0);
        assertThat(hours.nextAllowed(local.toInstant())).isEqualTo(expected.toInstant());
    }

    @Test
    void quietHoursWithinADayAndSwitchedOff() {
        QuietHours lunch = QuietHours.parse(Optional.of(" 12:00 - 13:30 "), SHANGHAI).orElseThrow();
        Instant noon = ZonedDateTime.of(2026, 3, 10, 12, 15, 0, 0, SHANGHAI).toInstant();
        assertThat(lunch.nextAllowed(noon)).isEqualTo(ZonedDateTime.of(2026, 3, 10, 13, 30, 0, 0, SHANGHAI).toInstant());
        assertThat(QuietHours.parse(Optional.of(""), SHANGHAI)).isEmpty();
        assertThat(QuietHours.parse(Optional.empty(), SHANGHAI)).isEmpty();
        assertThat(QuietHours.parse(Optional.of("off"), SHANGHAI)).isEmpty();
        // an empty variable reaches the application as unset (the default window): it is read from the environment
        assertThat(QuietHours.configured(Map.of("NOTIFY_QUIET_HOURS", ""), Optional.of("22:00-08:00"))).isEmpty();
        assertThat(QuietHours.configured(Map.of("NOTIFY_QUIET_HOURS", " "), Optional.of("22:00-08:00"))).isEmpty();
        assertThat(QuietHours.configured(Map.of(), Optional.of("22:00-08:00"))).contains("22:00-08:00");
        assertThat(QuietHours.configured(Map.of("NOTIFY_QUIET_HOURS", "23:00-07:00"), Optional.of("23:00-07:00")))
                .contains("23:00-07:00");
        assertThatThrownBy(() -> QuietHours.parse(Optional.of("22-8"), SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoffDoublesWithJitterUpToTheCapAndHonoursRetryAfter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));
        Random random = new Random(7);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long ceiling = Math.min(3_600_000L, 30_000L << (attempt - 1));
            Duration delay = backoff.delay(attempt, null, random);
            assertThat(delay.toMillis()).isBetween(ceiling / 2, ceiling);
        }
        assertThat(backoff.delay(1, Duration.ofMinutes(10), random)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.delay(12, Duration.ofSeconds(1), random)).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void templateChoiceRefusesUnknownKeys() {
        assertThat(TemplateChoice.parse("all")).containsExactlyInAnyOrderElementsOf(NotificationPlan.KEYS);
        assertThat(TemplateChoice.parse("none")).isEmpty();
        assertThat(TemplateChoice.parse(" resident.case-accepted , deputy.case-assigned")).hasSize(2);
        assertThatThrownBy(() -> TemplateChoice.parse("resident.hello")).isInstanceOf(IllegalStateException.class);
    }
}
