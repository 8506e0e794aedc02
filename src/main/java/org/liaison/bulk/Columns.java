package org.liaison.bulk;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of one kind of spreadsheet, each known by its English header (written by exports) and its
 * Chinese one; any order, case, spaces, dashes or underscores in English headers do not matter.
 */
public record Columns(List<Column> all) {

    /** One column: its English key, the Chinese header, other accepted Chinese headers, and whether it is required. */
    public record Column(String key, String zh, List<String> aliases, boolean required) {

        boolean matches(String header) {
            String cleaned = header.replace("\uFEFF", "").strip();
            return normalise(cleaned).equals(normalise(key)) || cleaned.equals(zh) || aliases.contains(cleaned);
        }

        private static String normalise(String text) {
            return text.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
        }
    }

    static final Columns VENUES = new Columns(List.of(
            required("code", "编码", "场所编码", "代码"),
            required("kind", "类型", "场所类型"),
            optional("parent_code", "上级编码", "上级代码", "上级场所编码"),
            required("name", "名称", "场所名称"),
            required("region", "区域", "所属区域", "区县"),
            required("address", "地址"),
            optional("latitude", "纬度"),
            optional("longitude", "经度"),
            optional("opening_hours", "开放时间"),
            optional("active", "启用", "有效")));

    static final Columns DEPUTIES = new Columns(List.of(
            required("code", "编码", "代表编码", "代码"),
            required("name", "姓名"),
            required("level", "层级", "代表层级"),
            optional("constituency", "选区"),
            optional("title", "职务", "工作单位及职务"),
            optional("biography", "简介"),
            optional("photo_url", "照片", "照片地址"),
            optional("phone", "电话", "联系电话", "手机"),
            optional("topics", "关注领域", "关注方向"),
            optional("active", "启用", "有效")));

    static final Columns DUTIES = new Columns(List.of(
            required("venue_code", "场所编码", "场所代码"),
            required("deputy_code", "代表编码", "代表代码"),
            optional("contact_days", "接待日", "联系日", "接待时间"),
            optional("rule_kind", "规则类型"),
            optional("week_ordinal", "第几周"),
            optional("weekdays", "星期"),
            optional("dates", "日期"),
            optional("starts_at", "开始时间"),
            optional("ends_at", "结束时间"),
            optional("active", "启用", "有效")));

    /** The column a header names, if any. */
    Optional<Column> find(String header) {
        return all.stream().filter(column -> column.matches(header)).findFirst();
    }

    List<String> englishHeaders() {
        return all.stream().map(Column::key).toList();
    }

    List<String> chineseHeaders() {
        return all.stream().map(Column::zh).toList();
    }

    private static Column required(String key, String zh, String... aliases) {
        return new Column(key, zh, List.of(aliases), true);
    }

    private static Column optional(String key, String zh, String... aliases) {
        return new Column(key, zh, List.of(aliases), false);
    }
}
