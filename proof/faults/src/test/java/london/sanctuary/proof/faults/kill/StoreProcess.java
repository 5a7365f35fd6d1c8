package london.sanctuary.proof.faults.kill;

import java.nio.file.Path;
import london.sanctuary.local.store.DocumentStore;
import london.sanctuary.platform.test.ChildJvm;

/** A child JVM's main: the platform's MongoDB-protocol store, persisted in H2. Arguments: data folder, port. */
public final class StoreProcess {

    private StoreProcess() {}

    public static void main(String[] args) throws Exception {
        DocumentStore.start(Path.of(args[0]), Integer.parseInt(args[1]));
        ChildJvm.ready();
        Thread.currentThread().join();
    }
}
