package london.sanctuary.actions.loop;

import java.util.UUID;
import london.sanctuary.contracts.Borough;

/** The record of notices sent, as erasure sees it: an erased participant's rows go, participantRef and all. */
@FunctionalInterface
public interface NoticesSent {

    void forget(Borough borough, UUID participantRef);
}
