package org.liaison.stats;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;

import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;

/** The case list as CSV lines: the header, then one line per case, times in the configured zone. */
@ApplicationScoped
public class CaseExportService {

    private final CaseExportRepository export;
    private final ZoneId zone;

    CaseExportService(CaseExportRepository export, LiaisonConfig config) {
        this.export = export;
        this.zone = config.zone();
    }

    public Multi<String> csv(StatsFilter filter) {
        Multi<String> rows = export.cases(filter.from(), filter.to(), zone.getId(), filter.region(), filter.venueId())
                .map(row -> {
                    Object[] cells = row.clone();
                    for (int i = 0; i < cells.length; i++) {
                        if (cells[i] instanceof TemporalAccessor) {
                            cells[i] = SupervisionRepository.instant(cells[i]).atZone(zone).toOffsetDateTime().toString();
                        }
                    }
                    return Csv.line(cells);
                });
        return Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(Csv.header(CaseExportRepository.COLUMNS)), rows);
    }
}
