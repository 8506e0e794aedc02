package org.liaison.stats;

import org.apache.commons.csv.CSVFormat;

import java.util.List;

/**
 * CSV lines for spreadsheets: RFC 4180 quoting (commas, quotes and newlines inside a value are quoted, quotes
 * doubled), CRLF line ends, and a UTF-8 byte order mark before the header so Excel reads Chinese text as UTF-8.
 */
final class Csv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String header(List<String> names) {
        return BOM + line(names.toArray());
    }

    static String line(Object... values) {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = values[i] == null ? "" : values[i];
        }
        return CSVFormat.DEFAULT.format(cells) + "\r\n";
    }
}
