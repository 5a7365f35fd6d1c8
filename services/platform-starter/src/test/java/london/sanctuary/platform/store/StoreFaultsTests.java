package london.sanctuary.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import london.sanctuary.platform.messaging.UnreadableEvent;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.messaging.MessagingException;

class StoreFaultsTests {

    @Test
    void anUnreachableStoreIsAStoreFaultHoweverDeeplyWrapped() {
        var timeout = new MongoTimeoutException("Timed out while waiting for a server");
        var translated = new DataAccessResourceFailureException("store", timeout);

        assertThat(StoreFaults.isStoreFault(timeout)).isTrue();
        assertThat(StoreFaults.isStoreFault(new MessagingException("handler failed", translated)))
                .isTrue();
    }

    @Test
    void aBadRecordOrAConflictIsNotAStoreFault() {
        assertThat(StoreFaults.isStoreFault(new MessagingException("handler failed", new UnreadableEvent("bad"))))
                .isFalse();
        assertThat(StoreFaults.isStoreFault(new DuplicateKeyException("taken"))).isFalse();
    }
}
