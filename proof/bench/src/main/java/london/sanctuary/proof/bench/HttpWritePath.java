package london.sanctuary.proof.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.proof.bench.FixedConcurrency.Job;
import london.sanctuary.proof.bench.FixedConcurrency.Measured;

/**
 * Benchmark 2, {@code http}: the write paths people use most, at a fixed concurrency of 32, each beside its own
 * service's liveness endpoint: a participant's answer on a published form's public page (feedback), and an
 * officer recording a consent for an enrolled participant (consent), with enrolment alongside.
 */
final class HttpWritePath implements Benchmark {

    static final int CONCURRENCY = 32;
    private static final String BOROUGH = "newham";
    private static final List<String> PURPOSES =
            List.of("PARTICIPATE", "RECONTACT", "LINK_FEEDBACK", "SHARE_ON_MOVE", "PUBLISH_QUOTE");

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void run(Report report, boolean full) throws Exception {
        BenchPlatform platform = BenchPlatform.shared();
        PlatformApi api = new PlatformApi(platform.tokenUri());
        String officer = api.token(BOROUGH + "-officer");
        int count = full ? 10_000 : 100;
        int warmUp = full ? 1_000 : 20;
        feedback(report, api, officer, platform.url("feedback"), count, warmUp);
        consent(report, api, officer, platform.url("consent"), count, warmUp);
    }

    private void feedback(Report report, PlatformApi api, String officer, String feedback, int count, int warmUp)
            throws Exception {
        String code = api.post(feedback + "/api/boroughs/" + BOROUGH + "/forms", officer, PublicForm.form(), 201)
                .path("code")
                .asString();
        List<PublicForm> phones = new ArrayList<>();
        for (int i = 0; i < CONCURRENCY; i++) {
            phones.add(PublicForm.open(feedback, code));
        }
        Measured liveness = measure(warmUp, count, liveness(api, feedback));
        Measured answers =
                measure(warmUp, count, (i, timed) -> timed.call(PublicForm.SENT, phones.get(i % CONCURRENCY)::send));
        add(report, "feedback public answer", answers, "feedback liveness", liveness);
    }

    private void consent(Report report, PlatformApi api, String officer, String consent, int count, int warmUp)
            throws Exception {
        String participants = consent + "/api/boroughs/" + BOROUGH + "/participants";
        int people = (warmUp + count) / PURPOSES.size();
        String[] refs = new String[people];
        Measured liveness = measure(warmUp, count, liveness(api, consent));
        Measured enrolments = FixedConcurrency.run(CONCURRENCY, people, (i, timed) -> {
            HttpResponse<?> enrolled = timed.call(
                    201,
                    () -> api.send(api.postJson(participants, officer, Bodies.participant("Bench Participant " + i))));
            refs[i] = PlatformApi.JSON
                    .readTree((String) enrolled.body())
                    .path("participantRef")
                    .asString();
        });
        // one person's consents one after another, as an officer records them; people in parallel
        Measured grants = measure(warmUp / PURPOSES.size(), count / PURPOSES.size(), (i, timed) -> {
            for (String purpose : PURPOSES) {
                timed.call(
                        201,
                        () -> api.send(api.postJson(
                                participants + "/" + refs[i] + "/consents", officer, Bodies.consent(purpose))));
            }
        });
        add(report, "consent grant", grants, "consent liveness", liveness);
        add(report, "consent enrolment", enrolments, "consent liveness", liveness);
    }

    private static Job liveness(PlatformApi api, String service) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/actuator/health/liveness"))
                .GET()
                .build();
        return (i, timed) -> timed.call(200, () -> api.send(request));
    }

    /** Runs {@code warmUp} jobs unmeasured (JIT, pools, caches), then {@code jobs} more measured. */
    private static Measured measure(int warmUp, int jobs, Job job) throws Exception {
        FixedConcurrency.run(CONCURRENCY, warmUp, job);
        return FixedConcurrency.run(CONCURRENCY, jobs, (i, timed) -> job.run(warmUp + i, timed));
    }

    private void add(Report report, String what, Measured measured, String baseline, Measured base) {
        report.add(name(), what + " requests/s", measured.perSecond(), "req/s", baseline, base.perSecond());
        report.add(name(), what + " p50", measured.p50Millis(), "ms", baseline, base.p50Millis());
        report.add(name(), what + " p99", measured.p99Millis(), "ms", baseline, base.p99Millis());
    }
}
