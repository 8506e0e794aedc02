package org.liaison.bulk;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a spreadsheet saved as CSV one row at a time (Excel's quoting, Windows line ends, cells spanning
 * lines), maps its header row to {@link Columns} and hands each non-empty row on. Row numbers are the
 * spreadsheet's: the header is row 1, and a quoted cell spanning lines is still one row.
 */
final class Sheet {

    /** One data row: its number and its cells by column key; blank cells are absent. */
    record Row(int number, Map<String, String> cells) {

        String get(String key) {
            return cells.get(key);
        }

        boolean has(String key) {
            return cells.containsKey(key);
        }
    }

    /** What reading found: the encoding, how many rows were read, and what was wrong with the file as a whole. */
    record Outcome(Charset charset, int rows, List<RowError> errors) {
    }

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private Sheet() {
    }

    /** Reads every row into {@code each}; stops at the first problem the file as a whole has (header, encoding, size). */
    static Outcome read(InputStream body, Optional<Charset> charset, Columns columns, int maxRows, Consumer<Row> each) {
        List<RowError> errors = new ArrayList<>();
        SheetCharset.Opened opened;
        try {
            opened = SheetCharset.open(body, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int rows = 0;
        try (CSVParser parser = CSVParser.builder().setReader(opened.reader()).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(new RowError(1, null, null, "the file is empty: the first row must name the columns",
                        "文件为空：第一行须为列名"));
                return new Outcome(opened.charset(), 0, errors);
            }
            List<String> keys = header(records.next(), columns, errors);
            if (!errors.isEmpty()) {
                return new Outcome(opened.charset(), 0, errors);
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < record.size() && i < keys.size(); i++) {
                    String value = record.get(i);
                    if (keys.get(i) != null && value != null && !value.isBlank()) {
                        cells.put(keys.get(i), value.strip());
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (++rows > maxRows) {
                    errors.add(new RowError((int) record.getRecordNumber(), null, null, "more than " + maxRows
                            + " rows: split the file", "超过 " + maxRows + " 行：请拆分文件"));
                    return new Outcome(opened.charset(), rows, errors);
                }
                each.accept(new Row((int) record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                errors.add(new RowError(rows + 2, null, null, "the file is not valid " + opened.charset().name()
                        + ": save it as CSV UTF-8, or name its encoding with ?charset=GB18030",
                        "文件不是有效的 " + opened.charset().name() + " 编码：请另存为 CSV UTF-8，或用 ?charset=GB18030 指明编码"));
                return new Outcome(opened.charset(), rows, errors);
            }
            if (!(cause instanceof CSVException)) {
                throw new UncheckedIOException((IOException) cause);
            }
            errors.add(new RowError(rows + 2, null, null, "not a readable CSV file: " + cause.getMessage(),
                    "不是可读的 CSV 文件"));
            return new Outcome(opened.charset(), rows, errors);
        }
        return new Outcome(opened.charset(), rows, errors);
    }

    /** The column key of each header cell (null for none), with an error per unknown, repeated or missing column. */
    private static List<String> header(CSVRecord header, Columns columns, List<RowError> errors) {
        List<String> keys = new ArrayList<>();
        for (String cell : header) {
            String text = cell == null ? "" : cell.replace("\uFEFF", "").strip();
            if (text.isEmpty()) {
                keys.add(null);
                continue;
            }
            Optional<Columns.Column> column = columns.find(text);
            if (column.isEmpty()) {
                errors.add(new RowError(1, null, text, "unknown column; the columns are " + columns.englishHeaders()
                        + " or " + columns.chineseHeaders(), "未知的列；可用的列为 " + columns.chineseHeaders()));
                keys.add(null);
            } else if (keys.contains(column.get().key())) {
                errors.add(new RowError(1, column.get().key(), text, "this column appears twice", "该列重复出现"));
                keys.add(null);
            } else {
                keys.add(column.get().key());
            }
        }
        for (Columns.Column column : columns.all()) {
            if (column.required() && !keys.contains(column.key())) {
                errors.add(new RowError(1, column.key(), null, "required column '" + column.key() + "' is missing",
                        "缺少必需的列“" + column.zh() + "”"));
            }
        }
        return keys;
    }
}
