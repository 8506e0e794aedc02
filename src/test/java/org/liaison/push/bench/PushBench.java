package org.liaison.push.bench;

import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.push.SharedDatabase;
import org.liaison.push.TwoInstances;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Push benchmark (not a test: run it by hand, see bench/README.md). Two packaged instances share one PostgreSQL;
 * N streams are open on instance B; status changes are committed at a fixed rate on the shared database (as
 * instance A's CaseWorkflow does: the event and its NOTIFY in one transaction); it reports commit-to-receive
 * latency. Mode "cases": each stream watches its own case (fan-out 1). Mode "deputy": every stream is the same
 * deputy's (fan-out N).
 *
 * Arguments: streams (1000), events per second (20), seconds (30), mode (cases).
 */
public final class PushBench {

    private static final ConcurrentHashMap<Long, Long> COMMITTED_AT = new ConcurrentHashMap<>();
    private static final List<Long> LATENCIES_MICROS = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final AtomicInteger ENDED = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        int streams = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String mode = args.length > 3 ? args[3] : "cases";
        System.out.printf("push bench: %d streams on B, %d events/s for %d s, mode %s%n", streams, rate, seconds, mode);
        Map<String, String> environment = Map.of("PUSH_MAX_STREAMS_PER_ADDRESS", String.valueOf(streams + 10),
                "PUSH_MAX_STREAMS", String.valueOf(streams + 10));
        try (TwoInstances instances = TwoInstances.start(environment); Connection db = instances.database()) {
            int a = instances.a.port();
            String admin = SharedDatabase.login(a, TwoInstances.ADMIN, TwoInstances.ADMIN_PASSWORD);
            long venueId = SharedDatabase.venue(a, admin);
            long deputyId = SharedDatabase.deputyWithAccount(a, admin, "deputy.bench", "deputy password");
            String deputyToken = SharedDatabase.login(a, "deputy.bench", "deputy password");
            long categoryId = SharedDatabase.category(db);
            int caseCount = "deputy".equals(mode) ? 1 : streams;
            long[] caseIds = new long[caseCount];
            String[][] access = new String[caseCount][];
            for (int i = 0; i < caseCount; i++) {
                CaseSecrets.IssuedSecret secret = CaseSecrets.issue();
                String code = CaseCodes.newTrackingCode();
                caseIds[i] = SharedDatabase.acceptedCase(db, venueId, categoryId, deputyId, code, secret.sha256Hex());
                access[i] = new String[]{code, secret.secret()};
            }

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            CountDownLatch opened = new CountDownLatch(streams);
            long openStart = System.nanoTime();
            for (int i = 0; i < streams; i++) {
                HttpRequest.Builder request = "deputy".equals(mode)
                        ? HttpRequest.newBuilder(URI.create("http://localhost:" + instances.b.port() + "/api/deputy/events"))
                                .header("Authorization", "Bearer " + deputyToken)
                        : HttpRequest.newBuilder(URI.create("http://localhost:" + instances.b.port() + "/api/public/cases/"
                                + access[i][0] + "/events")).header("X-Case-Secret", access[i][1]);
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.fromLineSubscriber(new Lines(opened)));
            }
            if (!opened.await(120, TimeUnit.SECONDS)) {
                System.out.printf("only %d of %d streams opened%n", streams - opened.getCount(), streams);
            }
            System.out.printf("%d streams open in %d ms%n", OPEN.get(), (System.nanoTime() - openStart) / 1_000_000);

            int events = rate * seconds;
            long interval = 1_000_000_000L / rate;
            long start = System.nanoTime();
            try (PreparedStatement insert = db.prepareStatement("insert into case_event (case_id, type, from_status, "
                    + "to_status, actor_role, note, public, note_public, deputy_id, created_at) values (?, 'ADD_MESSAGE', "
                    + "'ACCEPTED', 'ACCEPTED', 'RESIDENT', 'bench', true, true, ?, now()) returning id");
                 PreparedStatement notify = db.prepareStatement("select pg_notify('case_events', ?)")) {
                db.setAutoCommit(false);
                for (int i = 0; i < events; i++) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    insert.setLong(1, caseIds[i % caseCount]);
                    insert.setLong(2, deputyId);
                    long id;
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id = rows.getLong(1);
                    }
                    notify.setString(1, String.valueOf(id));
                    notify.execute();
                    COMMITTED_AT.put(id, System.nanoTime());
                    db.commit();
                }
            }
            Thread.sleep(3000);
            long expected = "deputy".equals(mode) ? (long) events * OPEN.get() : Math.min(events, (long) OPEN.get() * events / caseCount);
            report(streams, rate, seconds, mode, events, expected);
        }
        System.exit(0);
    }

    private static void report(int streams, int rate, int seconds, String mode, int events, long expected) {
        long[] sorted;
        synchronized (LATENCIES_MICROS) {
            sorted = LATENCIES_MICROS.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf("%n| streams | rate | duration | mode | events | deliveries (expected) | p50 | p90 | p99 | max | streams ended early |%n");
        System.out.printf("|---|---|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf("| %d | %d/s | %d s | %s | %d | %d (%d) | %s | %s | %s | %s | %d |%n", streams, rate, seconds, mode, events,
                sorted.length, expected, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99),
                sorted.length == 0 ? "-" : String.format("%.1f ms", sorted[sorted.length - 1] / 1000.0), ENDED.get());
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.1f ms", sorted[Math.max(0, index)] / 1000.0);
    }

    /** Parses one stream's lines: the first comment means open; every "id:" line is a received event. */
    private static final class Lines implements Flow.Subscriber<String> {
        private final CountDownLatch opened;
        private boolean open;

        Lines(CountDownLatch opened) {
            this.opened = opened;
        }

        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        public void onNext(String line) {
            long now = System.nanoTime();
            if (!open && line.startsWith(":")) {
                open = true;
                OPEN.incrementAndGet();
                opened.countDown();
            } else if (line.startsWith("id:")) {
                Long committed = COMMITTED_AT.get(Long.parseLong(line.substring(3).trim()));
                if (committed != null) {
                    LATENCIES_MICROS.add((now - committed) / 1000);
                }
            }
        }

        public void onError(Throwable throwable) {
            ENDED.incrementAndGet();
            if (!open) {
                opened.countDown();
            }
        }

        public void onComplete() {
            ENDED.incrementAndGet();
            if (!open) {
                opened.countDown();
            }
        }
    }

    private PushBench() {
    }
}
