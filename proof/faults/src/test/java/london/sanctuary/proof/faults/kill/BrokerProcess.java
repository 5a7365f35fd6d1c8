package london.sanctuary.proof.faults.kill;

import java.nio.file.Path;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.platform.test.ChildJvm;

/** A child JVM's main: the platform's Kafka broker. Arguments: data folder, port, controller port. */
public final class BrokerProcess {

    private BrokerProcess() {}

    public static void main(String[] args) throws Exception {
        KafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        ChildJvm.ready();
        Thread.currentThread().join();
    }
}
