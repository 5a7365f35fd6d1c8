package london.sanctuary.consent.safeguarding;

import java.util.Optional;

/**
 * A concern with its texts opened, for the safeguarding lead only. Its {@code toString} hides the texts so that
 * they can never reach a log line by accident.
 */
public record ReadConcern(Concern concern, String summary, String actionTaken) {

    public Optional<String> actionTakenIfClosed() {
        return Optional.ofNullable(actionTaken);
    }

    @Override
    public String toString() {
        return "ReadConcern[" + concern.id() + ", texts hidden]";
    }
}
