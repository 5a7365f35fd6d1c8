package london.sanctuary.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

class StoreFaultsTests {

    @Test
    void anUnreachableStoreIsAStoreFaultHoweverDeeplyWrapped() {
        var timeout = new MongoTimeoutException("Timed out while waiting for a server");
        var translated = new DataAccessResourceFailureException("store", timeout);

        assertThat(StoreFaults.isStoreFault(timeout)).isTrue();
        assertThat(StoreFaults.isStoreFault(new IllegalStateException("handler failed", translated)))
                .isTrue();
    }

    @Test
    void aBadRecordOrAConflictIsNotAStoreFault() {
        assertThat(StoreFaults.isStoreFault(
                        new IllegalStateException("handler failed", new IllegalArgumentException("bad record"))))
                .isFalse();
        assertThat(StoreFaults.isStoreFault(new DuplicateKeyException("taken"))).isFalse();
    }
}
