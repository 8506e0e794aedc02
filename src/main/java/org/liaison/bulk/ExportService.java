package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.common.Blocking;
import org.liaison.duty.ContactDayText;
import org.liaison.duty.DutyRule;
import org.liaison.duty.RuleKind;
import org.liaison.duty.calendar.ContactDayRules;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes venues, deputies and duties in exactly the columns the import reads, so export → edit in a
 * spreadsheet → import is the way to maintain them. UTF-8 with a byte-order mark and CRLF line ends,
 * which Excel and WPS open correctly with a double click. Only records with a code are written: a code is what
 * an import matches on, so a record without one (made through the API) cannot round-trip until it is given one.
 */
@ApplicationScoped
public class ExportService {

    private static final String VENUES = "select v.external_code, v.kind, p.external_code as parent_code, v.name, v.region,"
            + " v.address, v.latitude, v.longitude, v.opening_hours, v.active from venue v"
            + " left join venue p on p.id = v.parent_id where v.external_code is not null order by v.kind, v.id";
    private static final String DEPUTIES = "select external_code, name, level, constituency, title, biography, photo_url,"
            + " phone, topics, active from deputy where external_code is not null order by id";
    private static final String DUTIES = "select v.external_code as venue_code, p.external_code as deputy_code, d.rule_kind,"
            + " d.week_ordinal, d.weekdays, d.dates, d.starts_at, d.ends_at from duty d join venue v on v.id = d.venue_id"
            + " join deputy p on p.id = d.deputy_id where v.external_code is not null and p.external_code is not null"
            + " order by v.id, d.id";

    private final Pool pool;

    ExportService(Pool pool) {
        this.pool = pool;
    }

    /** The sheet as CSV bytes, with English headers or, with {@code chinese}, the Chinese ones. */
    public Uni<byte[]> export(ImportKind kind, boolean chinese) {
        Columns columns = kind.columns();
        List<String> header = chinese ? columns.chineseHeaders() : columns.englishHeaders();
        return switch (kind) {
            case VENUES -> write(VENUES, header, ExportService::venue);
            case DEPUTIES -> write(DEPUTIES, header, ExportService::deputy);
            case DUTIES -> write(DUTIES, header, ExportService::duty);
        };
    }

    private Uni<byte[]> write(String sql, List<String> header, Function<Row, List<Object>> record) {
        return pool.query(sql).execute().chain(rows -> Blocking.run(() -> csv(rows, header, record)));
    }

    private static byte[] csv(RowSet<Row> rows, List<String> header, Function<Row, List<Object>> record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(header);
            for (Row row : rows) {
                printer.printRecord(record.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Object> venue(Row row) {
        return values(row.getString("external_code"), row.getString("kind"), row.getString("parent_code"),
                row.getString("name"), row.getString("region"), row.getString("address"), row.getDouble("latitude"),
                row.getDouble("longitude"), row.getString("opening_hours"), row.getBoolean("active"));
    }

    private static List<Object> deputy(Row row) {
        return values(row.getString("external_code"), row.getString("name"), row.getString("level"),
                row.getString("constituency"), row.getString("title"), row.getString("biography"),
                row.getString("photo_url"), row.getString("phone"), row.getString("topics").replace(",", ";"),
                row.getBoolean("active"));
    }

    /** Both the clerk's words and the structured columns, which agree, so either may be edited (and the other cleared). */
    private static List<Object> duty(Row row) {
        RuleKind kind = RuleKind.valueOf(row.getString("rule_kind"));
        Short ordinal = row.getShort("week_ordinal");
        String weekdays = row.getString("weekdays");
        String dates = row.getString("dates");
        String words = kind == RuleKind.DATES ? null : ContactDayText.describe(new DutyRule(kind,
                ordinal == null ? null : ordinal.intValue(), ContactDayRules.weekdaysOf(weekdays), List.of()), null, null).zh();
        LocalTime startsAt = row.getLocalTime("starts_at");
        LocalTime endsAt = row.getLocalTime("ends_at");
        return values(row.getString("venue_code"), row.getString("deputy_code"), words, kind.name(), ordinal,
                weekdays == null ? null : weekdays.replace(",", ";"), dates == null ? null : dates.replace(",", ";"),
                startsAt, endsAt, true);
    }

    private static List<Object> values(Object... cells) {
        List<Object> list = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            list.add(cell == null ? "" : cell);
        }
        return list;
    }
}
