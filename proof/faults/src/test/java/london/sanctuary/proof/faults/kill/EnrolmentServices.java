package london.sanctuary.proof.faults.kill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.test.ChildJvm;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.proof.faults.kill.app.EnrolmentsApp;

/**
 * The two services of a kill test, as child JVMs on the shared store and broker, serving one borough:
 * the enrolling service (aggregates, outbox relay) and the counting service (consumer, inbox).
 */
final class EnrolmentServices {

    private EnrolmentServices() {}

    /** The service that enrols {@code count} participants at {@code perSecond} and publishes them. */
    static ChildJvm enrolling(Infrastructure infra, String borough, String run, int count, int perSecond) {
        List<String> args = common(infra, borough, run, "enrolling");
        args.add("--sanctuary.outbox.collections=enrolments");
        args.add("--proof.enrolments.count=" + count);
        args.add("--proof.enrolments.per-second=" + perSecond);
        // A halted relay holds its outbox lease until the lease expires (30 s by default), and the restarted one
        // publishes nothing until then: restarts here are quick, so let the lease lapse sooner (renewed every 2 s).
        args.add("--sanctuary.lease.duration=PT6S");
        return ChildJvm.of("enrolling-" + run, logs(infra), "320m", EnrolmentsApp.class, args);
    }

    /** The service that applies each enrolment through its inbox; its consumer group is {@link #countingGroup}. */
    static ChildJvm counting(Infrastructure infra, String borough, String run) {
        List<String> args = common(infra, borough, run, "counting");
        args.add("--spring.cloud.function.definition=countEnrolments");
        args.add("--spring.cloud.stream.bindings.countEnrolments-in-0.destination=${sanctuary.topics.consent}");
        // A thread per partition, as every service runs (decision 0054): the halt also lands between another
        // thread's effect and its inbox record, and that event is applied again on redelivery; the effect is safe
        // to repeat (decision 0060), so it still counts once (issue size: 139 repeats absorbed, 20,000 effects).
        // A killed member holds its partitions until its session times out (45 s by default): restarts here
        // are quick, so let the group notice sooner. Kafka's minimum is 6 s.
        args.add("--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=6000");
        args.add("--spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms=1000");
        return ChildJvm.of("counting-" + run, logs(infra), "320m", EnrolmentsApp.class, args);
    }

    /** The consumer group of the counting service, per the platform's defaults ({@code <service>-<deployment>}). */
    static String countingGroup(String run) {
        return "counting-" + run;
    }

    /** A start's argument that halts the service at a {@code FaultPoint}. */
    static String fault(String spec) {
        return "--proof.fault=" + spec;
    }

    private static List<String> common(Infrastructure infra, String borough, String run, String service) {
        return new ArrayList<>(List.of(
                "--sanctuary.service=" + service,
                "--sanctuary.boroughs=" + borough,
                "--sanctuary.deployment=" + run,
                "--spring.kafka.bootstrap-servers=" + infra.bootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + infra.bootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri() + "/" + service,
                "--sanctuary.security.issuer=" + TestTokens.ISSUER,
                "--sanctuary.security.public-key-location=" + TestTokens.publicKeyLocation(),
                "--server.address=localhost",
                "--server.port=0"));
    }

    private static Path logs(Infrastructure infra) {
        return infra.folder.resolve("logs");
    }
}
