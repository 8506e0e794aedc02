package org.liaison.bulk;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads typed values out of a row's cells, recording a {@link RowError} for each cell that does not read. */
final class Cells {

    private static final Map<String, Boolean> FLAGS = Map.ofEntries(
            Map.entry("true", true), Map.entry("yes", true), Map.entry("y", true), Map.entry("1", true),
            Map.entry("是", true), Map.entry("启用", true), Map.entry("有效", true), Map.entry("在任", true),
            Map.entry("false", false), Map.entry("no", false), Map.entry("n", false), Map.entry("0", false),
            Map.entry("否", false), Map.entry("停用", false), Map.entry("无效", false), Map.entry("离任", false));

    private final Sheet.Row row;
    private final List<RowError> errors;

    Cells(Sheet.Row row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
    }

    int row() {
        return row.number();
    }

    /** The cell's text, or null when blank. */
    String text(String column) {
        return row.get(column);
    }

    /** The cell's text; an error when it is blank. */
    String required(String column) {
        String value = row.get(column);
        if (value == null) {
            error(column, null, "must not be blank", "不能为空");
        }
        return value;
    }

    /** The active flag: blank is true. */
    boolean active() {
        String value = row.get("active");
        if (value == null) {
            return true;
        }
        Boolean flag = FLAGS.get(value.toLowerCase(Locale.ROOT));
        if (flag == null) {
            error("active", value, "must be true or false (是/否)", "须为“是”或“否”（true/false）");
            return true;
        }
        return flag;
    }

    Double decimal(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            error(column, value, "must be a decimal number such as 31.5801", "须为小数，例如 31.5801");
            return null;
        }
    }

    LocalTime time(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        String[] parts = value.replace('：', ':').split(":");
        try {
            if (parts.length < 2 || parts.length > 3) {
                throw new NumberFormatException();
            }
            return LocalTime.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        } catch (NumberFormatException | DateTimeException e) {
            error(column, value, "must be a time such as 09:00", "须为时间，例如 09:00");
            return null;
        }
    }

    /** A value from a fixed vocabulary (an enum name, or a word a clerk writes for it). */
    <T> T choice(String column, Function<String, Optional<T>> reader, String reason, String reasonZh) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        Optional<T> read = reader.apply(value);
        if (read.isEmpty()) {
            error(column, value, reason, reasonZh);
        }
        return read.orElse(null);
    }

    /** A list cell: entries separated by semicolons, commas or 、 in either width. */
    List<String> list(String column) {
        String value = row.get(column);
        return value == null ? List.of()
                : Arrays.stream(value.split("[;；,，、|\\n]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    void error(String column, String value, String reason, String reasonZh) {
        errors.add(new RowError(row.number(), column, value == null ? row.get(column) : value, reason, reasonZh));
    }
}
