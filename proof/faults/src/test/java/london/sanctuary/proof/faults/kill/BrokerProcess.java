package london.sanctuary.proof.faults.kill;

import java.nio.file.Path;
import java.util.Map;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.platform.test.ChildJvm;

/** A child JVM's main: the platform's Kafka broker. Arguments: data folder, port, controller port. */
public final class BrokerProcess {

    private BrokerProcess() {}

    public static void main(String[] args) throws Exception {
        // A killed broker's registration lives on in the controller's log until its session expires (9 s by
        // default), and the restarted broker cannot register before then: this broker is killed on purpose, so its
        // session is short. The platform's broker keeps the default, where a starved heartbeat would fence it.
        Map<String, String> quickRestart =
                Map.of("broker.session.timeout.ms", "3000", "broker.heartbeat.interval.ms", "1000");
        KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), quickRestart);
        ChildJvm.ready();
        Thread.currentThread().join();
    }
}
