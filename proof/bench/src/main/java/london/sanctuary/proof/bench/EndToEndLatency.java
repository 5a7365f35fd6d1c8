package london.sanctuary.proof.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.dashboard.figures.Dimension;
import org.HdrHistogram.Histogram;

/**
 * Benchmark 3, {@code latency}: one change at a time, from sent to visible where it is meant to arrive. A move-on
 * referral sent by Newham (request start) until Barnet's inbox API shows it; a participant's answer on the public
 * page (request start) until the dashboard's read model has counted it. Beside a bare Kafka produce → consume round
 * trip on the same broker and the outbox relay's interval, which every path waits on once or more.
 */
final class EndToEndLatency implements Benchmark {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The local platform's outbox relay interval ({@code sanctuary.outbox.interval}, default). */
    private static final Duration RELAY_INTERVAL = Duration.ofMillis(100);

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        BenchPlatform platform = BenchPlatform.shared();
        ConsumerLag.awaitCaughtUp(platform.kafka(), Duration.ofMinutes(20));
        int samples = full ? 200 : 5;
        Histogram kafka = KafkaRoundTrip.measure(platform.kafka(), full ? 1_000 : 20);
        PlatformApi api = new PlatformApi(platform.tokenUri());
        add(report, "referral sent → in receiver's inbox", referrals(platform, api, samples), kafka);
        add(report, "feedback answer → counted on dashboard", feedback(platform, api, samples), kafka);
        report.add(name(), "outbox relay interval", RELAY_INTERVAL.toMillis(), "ms");
        report.add(name(), "polling interval", Poll.INTERVAL.toMillis(), "ms");
    }

    private static Histogram referrals(BenchPlatform platform, PlatformApi api, int samples) throws Exception {
        String newham = api.token("newham-officer");
        String barnet = api.token("barnet-officer");
        String participants = platform.url("consent") + "/api/boroughs/newham/participants";
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            String ref = api.post(participants, newham, Bodies.participant("Moving Participant " + i), 201)
                    .path("participantRef")
                    .asString();
            api.post(participants + "/" + ref + "/consents", newham, Bodies.consent("SHARE_ON_MOVE"), 201);
            refs.add(ref);
        }
        Histogram micros = new Histogram(3);
        String inbox = platform.url("referrals") + "/api/boroughs/barnet/incoming/";
        for (String ref : refs) {
            String id = UUID.randomUUID().toString();
            long start = System.nanoTime();
            api.post(platform.url("referrals") + "/api/boroughs/newham/referrals", newham, referral(id, ref), 201);
            Poll.until("referral in Barnet's inbox", PATIENCE, () -> arrived(api, inbox + id, barnet));
            micros.recordValue((System.nanoTime() - start) / 1000);
        }
        return micros;
    }

    private static boolean arrived(PlatformApi api, String url, String token) throws Exception {
        HttpResponse<String> answer = api.send(api.authorised(url, token).GET().build());
        if (answer.statusCode() != 200 && answer.statusCode() != 404) {
            throw new IllegalStateException("Barnet's inbox answered " + answer.statusCode());
        }
        return answer.statusCode() == 200;
    }

    private static Histogram feedback(BenchPlatform platform, PlatformApi api, int samples) throws Exception {
        String officer = api.token("newham-officer");
        String code = api.post(platform.url("feedback") + "/api/boroughs/newham/forms", officer, PublicForm.form(), 201)
                .path("code")
                .asString();
        PublicForm phone = PublicForm.open(platform.url("feedback"), code);
        Histogram micros = new Histogram(3);
        try (DashboardStore store = new DashboardStore(platform.mongo())) {
            for (int i = 0; i < samples; i++) {
                long before = counted(store);
                long start = System.nanoTime();
                int status = phone.send().statusCode();
                if (status != PublicForm.SENT) {
                    throw new IllegalStateException("The public form answered " + status);
                }
                Poll.until("feedback counted on the dashboard", PATIENCE, () -> counted(store) > before);
                micros.recordValue((System.nanoTime() - start) / 1000);
            }
        }
        return micros;
    }

    /** Newham's feedback counted today (and tomorrow, should the run pass midnight UTC). */
    private static long counted(DashboardStore store) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return store.total(Dimension.FEEDBACK_SUBMITTED, today, today.plusDays(1), Optional.of("newham"));
    }

    private void add(Report report, String path, Histogram micros, Histogram kafka) {
        String baseline = "Kafka produce → consume";
        report.add(name(), path + " p50", millis(micros, 50), "ms", baseline + " p50", millis(kafka, 50));
        report.add(name(), path + " p99", millis(micros, 99), "ms", baseline + " p99", millis(kafka, 99));
        report.add(
                name(),
                path + " max",
                micros.getMaxValue() / 1000.0,
                "ms",
                baseline + " max",
                kafka.getMaxValue() / 1000.0);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1000.0;
    }

    private static Map<String, Object> referral(String id, String ref) {
        return Map.of(
                "referralId",
                id,
                "participantRef",
                ref,
                "toBorough",
                "barnet",
                "reason",
                "DISPERSAL",
                "moveDate",
                LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "support",
                List.of(Map.of("kind", "GP_REGISTRATION", "urgency", "SOON")));
    }
}
