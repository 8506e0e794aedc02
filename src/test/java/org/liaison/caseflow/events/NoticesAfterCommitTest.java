package org.liaison.caseflow.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/**
 * A submission announces its events and its holder's new revision after it commits (CommitNotices), not from
 * inside its transaction, and the announcement is exactly what the relay and the poll memory expect.
 */
@QuarkusTest
class NoticesAfterCommitTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSubmissionIsAnnouncedAfterItsCommitWithBothEventsAndItsHoldersRevision() throws Exception {
        long venue = venue("HOME", null);
        long deputy = deputy("通知甲");
        duty(venue, deputy, today());
        String code = venueCode(venue);
        try (Connection listener = dataSource.getConnection(); Statement statement = listener.createStatement()) {
            statement.execute("listen case_events");
            statement.execute("listen watch_revisions");
            Response created = submitAtVenue(code, submission(category(), "路口的红绿灯坏了"));
            assertThat(created.statusCode()).isEqualTo(201);
            List<Long> events = new ArrayList<>();
            long revision;
            try (ResultSet rows = statement.executeQuery("select e.id from case_event e join resident_case c on c.id = e.case_id"
                    + " where c.tracking_code = '" + created.<String>path("trackingCode") + "' order by e.id")) {
                while (rows.next()) {
                    events.add(rows.getLong(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("select revision from watch_counter where owner_kind = 'DEPUTY'"
                    + " and owner_id = " + deputy)) {
                rows.next();
                revision = rows.getLong(1);
            }
            List<String> heard = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && !heard.containsAll(expected(events, deputy, revision))) {
                PGNotification[] notices = listener.unwrap(PGConnection.class).getNotifications(500);
                for (PGNotification notice : notices == null ? new PGNotification[0] : notices) {
                    heard.add(notice.getName() + "/" + notice.getParameter());
                }
            }
            assertThat(events).hasSize(2);
            assertThat(heard).containsAll(expected(events, deputy, revision));
        }
    }

    private static List<String> expected(List<Long> events, long deputy, long revision) {
        List<String> expected = new ArrayList<>();
        events.forEach(id -> expected.add("case_events/" + id));
        expected.add("watch_revisions/DEPUTY:" + deputy + ":" + revision);
        return expected;
    }
}
