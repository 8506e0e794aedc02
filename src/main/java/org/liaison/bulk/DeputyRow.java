package org.liaison.bulk;

import jakarta.validation.Validator;
import org.liaison.common.PhoneNumber;
import org.liaison.deputy.CreateDeputyRequest;
import org.liaison.deputy.DeputyLevel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One deputy as a spreadsheet row states it, phone normalised and topics joined as stored. */
record DeputyRow(int row, String code, String name, DeputyLevel level, String constituency, String title,
                 String biography, String photoUrl, String phone, String topics, boolean active) {

    private static final Map<String, DeputyLevel> LEVEL_WORDS = Map.ofEntries(
            Map.entry("全国", DeputyLevel.NATIONAL), Map.entry("全国人大代表", DeputyLevel.NATIONAL),
            Map.entry("省", DeputyLevel.PROVINCIAL), Map.entry("省级", DeputyLevel.PROVINCIAL), Map.entry("省人大代表", DeputyLevel.PROVINCIAL),
            Map.entry("市", DeputyLevel.MUNICIPAL), Map.entry("市级", DeputyLevel.MUNICIPAL), Map.entry("市人大代表", DeputyLevel.MUNICIPAL),
            Map.entry("县", DeputyLevel.COUNTY), Map.entry("区", DeputyLevel.COUNTY), Map.entry("县级", DeputyLevel.COUNTY),
            Map.entry("区人大代表", DeputyLevel.COUNTY), Map.entry("县人大代表", DeputyLevel.COUNTY),
            Map.entry("乡镇", DeputyLevel.TOWNSHIP), Map.entry("乡", DeputyLevel.TOWNSHIP), Map.entry("镇", DeputyLevel.TOWNSHIP),
            Map.entry("镇人大代表", DeputyLevel.TOWNSHIP), Map.entry("街道", DeputyLevel.STREET), Map.entry("街道议政代表", DeputyLevel.STREET));
    private static final Map<String, String> COLUMNS = Map.of("name", "name", "constituency", "constituency",
            "title", "title", "biography", "biography", "photoUrl", "photo_url", "phone", "phone", "topics", "topics",
            "externalCode", "code", "level", "level");

    DeputyRow state() {
        return new DeputyRow(0, code, name, level, constituency, title, biography, photoUrl, phone, topics, active);
    }

    static DeputyRow read(Sheet.Row row, Validator validator, List<RowError> errors) {
        int before = errors.size();
        Cells cells = new Cells(row, errors);
        String code = cells.required("code");
        DeputyLevel level = cells.choice("level", DeputyRow::level,
                "must be NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP or STREET (全国, 省, 市, 县/区, 乡镇, 街道)",
                "须为全国、省、市、县/区、乡镇或街道");
        if (level == null && row.get("level") == null) {
            cells.required("level");
        }
        List<String> topics = List.copyOf(new LinkedHashSet<>(cells.list("topics")));
        String phone = cells.text("phone");
        boolean active = cells.active();
        RequestChecks.check(validator, new CreateDeputyRequest(cells.text("name"), level == null ? "MUNICIPAL" : level.name(),
                cells.text("constituency"), cells.text("title"), cells.text("biography"), cells.text("photo_url"), phone,
                topics, true, code), COLUMNS, cells);
        if (errors.size() != before) {
            return null;
        }
        return new DeputyRow(row.number(), code, cells.text("name"), level, cells.text("constituency"), cells.text("title"),
                cells.text("biography"), cells.text("photo_url"), phone == null ? null : PhoneNumber.normalize(phone).orElseThrow(),
                String.join(",", topics), active);
    }

    private static Optional<DeputyLevel> level(String value) {
        try {
            return Optional.of(DeputyLevel.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(LEVEL_WORDS.get(value));
        }
    }
}
