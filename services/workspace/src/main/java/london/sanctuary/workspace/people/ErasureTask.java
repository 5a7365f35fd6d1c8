package london.sanctuary.workspace.people;

import java.time.Instant;
import london.sanctuary.workspace.London;

/**
 * An officer's task: a person asked on their own page to be erased; whose and since when, as the consent service
 * answers it (decision 0066), and by when they must have an answer: one month from the request (UK GDPR art. 12(3)),
 * counted in London's calendar.
 */
public record ErasureTask(String participantRef, Instant askedAt) {

    public Instant answerBy() {
        return askedAt.atZone(London.ZONE).plusMonths(1).toInstant();
    }

    public boolean overdue(Instant now) {
        return now.isAfter(answerBy());
    }
}
