package org.liaison.bulk;

import org.liaison.duty.ContactDayWords;
import org.liaison.duty.DutyRule;
import org.liaison.duty.RuleKind;
import org.liaison.duty.calendar.ContactDayRules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One duty as a spreadsheet row states it: the venue and deputy by their codes and the contact-day rule in
 * the clerk's words (contact_days), in the API's structured columns, or both, which must then agree.
 */
record DutyRow(int row, String venueCode, String deputyCode, ContactDayRules.Columns rule, LocalTime startsAt,
               LocalTime endsAt, boolean active) {

    private static final Map<String, String> RULE_COLUMNS = Map.of("kind", "rule_kind", "weekOrdinal", "week_ordinal",
            "weekdays", "weekdays", "dates", "dates");
    private static final Map<String, RuleKind> KIND_WORDS = Map.of("每月", RuleKind.MONTHLY, "每周", RuleKind.WEEKLY,
            "指定日期", RuleKind.DATES, "日期", RuleKind.DATES);
    private static final String ZH_DAYS = "一二三四五六日";

    /** The duty without its row number, to compare with what is stored. */
    DutyRow state() {
        return new DutyRow(0, venueCode, deputyCode, rule, startsAt, endsAt, active);
    }

    static DutyRow read(Sheet.Row row, List<RowError> errors) {
        int before = errors.size();
        Cells cells = new Cells(row, errors);
        String venueCode = cells.required("venue_code");
        String deputyCode = cells.required("deputy_code");
        boolean active = cells.active();
        LocalTime startsAt = cells.time("starts_at");
        LocalTime endsAt = cells.time("ends_at");
        if (!active) {
            // a row that ends a duty needs no rule
            return errors.size() == before ? new DutyRow(row.number(), venueCode, deputyCode, null, null, null, false) : null;
        }
        Optional<ContactDayWords.Reading> words = Optional.empty();
        if (row.has("contact_days")) {
            words = ContactDayWords.read(row.get("contact_days"));
            if (words.isEmpty()) {
                cells.error("contact_days", null, "not a contact-day rule this reader knows: write e.g. 每月第三个星期二, "
                        + "每周二、四, third Tuesday monthly, every Tuesday and Thursday, or dates such as 2026-12-15",
                        "无法识别的接待日：请写成“每月第三个星期二”“每周二、四”或日期如 2026-12-15");
            }
        }
        DutyRule structured = row.has("rule_kind") ? structured(cells) : null;
        if (words.isEmpty() && structured == null && !row.has("contact_days")) {
            cells.error("contact_days", null, "state the contact days in contact_days or in rule_kind and its columns",
                    "请在“接待日”或“规则类型”等列中写明接待日");
        }
        if (errors.size() != before) {
            return null;
        }
        DutyRule rule = words.map(ContactDayWords.Reading::rule).orElse(structured);
        String ruleColumn = words.isPresent() ? "contact_days" : null;
        List<ContactDayRules.Violation> violations = ContactDayRules.check(rule.kind(), rule.weekOrdinal(), rule.weekdays(), rule.dates());
        for (ContactDayRules.Violation violation : violations) {
            cells.error(ruleColumn != null ? ruleColumn : RULE_COLUMNS.get(violation.field()), null, violation.message(),
                    "接待日规则有误（" + violation.field() + "）");
        }
        if (!violations.isEmpty()) {
            return null;
        }
        ContactDayRules.Columns columns = ContactDayRules.toColumns(
                ContactDayRules.toRule(rule.kind(), rule.weekOrdinal(), rule.weekdays(), rule.dates()));
        if (words.isPresent() && structured != null && ContactDayRules.check(structured.kind(), structured.weekOrdinal(),
                structured.weekdays(), structured.dates()).isEmpty() && !columns.equals(ContactDayRules.toColumns(ContactDayRules.toRule(
                structured.kind(), structured.weekOrdinal(), structured.weekdays(), structured.dates())))) {
            cells.error("contact_days", null, "says something else than rule_kind, week_ordinal, weekdays and dates; "
                    + "fill in one of the two, or make them agree", "与“规则类型”等列不一致：只填一种，或使两者一致");
            return null;
        }
        if (words.isPresent() && words.get().startsAt() != null) {
            if ((startsAt != null && !startsAt.equals(words.get().startsAt())) || (endsAt != null && !endsAt.equals(words.get().endsAt()))) {
                cells.error("contact_days", null, "its hours differ from starts_at and ends_at", "其中的时间与开始、结束时间不一致");
                return null;
            }
            startsAt = words.get().startsAt();
            endsAt = words.get().endsAt();
        }
        for (ContactDayRules.Violation violation : ContactDayRules.checkHours(startsAt, endsAt)) {
            cells.error(violation.field().equals("startsAt") ? "starts_at" : "ends_at", null, violation.message(),
                    "开始和结束时间须成对填写，且结束晚于开始");
            return null;
        }
        return new DutyRow(row.number(), venueCode, deputyCode, columns, startsAt, endsAt, true);
    }

    private static DutyRule structured(Cells cells) {
        RuleKind kind = cells.choice("rule_kind", DutyRow::kind, "must be MONTHLY, WEEKLY or DATES (每月, 每周, 指定日期)",
                "须为每月、每周或指定日期");
        Integer ordinal = null;
        String ordinalText = cells.text("week_ordinal");
        if (ordinalText != null) {
            ordinal = ordinalText.equalsIgnoreCase("last") || ordinalText.equals("最后") ? -1 : parseInt(ordinalText);
            if (ordinal == null) {
                cells.error("week_ordinal", ordinalText, "must be 1 to 5, or -1 (last)", "须为 1 至 5，或 -1（最后一个）");
            }
        }
        List<DayOfWeek> weekdays = new ArrayList<>();
        for (String day : cells.list("weekdays")) {
            Optional<DayOfWeek> read = weekday(day);
            if (read.isEmpty()) {
                cells.error("weekdays", day, "not a weekday (MONDAY … SUNDAY, 周一 … 周日)", "不是星期几（周一至周日）");
            }
            read.ifPresent(weekdays::add);
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String date : cells.list("dates")) {
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                cells.error("dates", date, "not a date such as 2026-12-15", "不是日期，例如 2026-12-15");
            }
        }
        return kind == null ? null : new DutyRule(kind, ordinal, weekdays, dates);
    }

    private static Optional<RuleKind> kind(String value) {
        try {
            return Optional.of(RuleKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(KIND_WORDS.get(value));
        }
    }

    private static Optional<DayOfWeek> weekday(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (text.length() >= 3 && day.name().startsWith(text)) {
                return Optional.of(day);
            }
        }
        String zh = value.replaceAll("^(星期|周|礼拜)", "").replace("天", "日");
        int index = ZH_DAYS.indexOf(zh);
        return zh.length() == 1 && index >= 0 ? Optional.of(DayOfWeek.of(index + 1)) : Optional.empty();
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
