package london.sanctuary.referrals.outgoing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.referrals.EngagementEntry;

/**
 * The package's engagement history with the answers the person agreed to share: the feedback service is the
 * authority on which responses are linked to them at the moment of sending, so its answers replace this service's
 * "form answered" entries (which may lag behind it); sessions attended stay as they are.
 */
final class AnsweredForms {

    private AnsweredForms() {}

    static List<EngagementEntry> withAnswers(
            List<EngagementEntry> history,
            List<LinkedAnswers.Answered> answers,
            Function<UUID, SessionType> sessionTypes) {
        List<EngagementEntry> entries = new ArrayList<>();
        history.stream()
                .filter(e -> !EngagementEntry.FORM_ANSWERED.equals(e.kind()))
                .forEach(entries::add);
        for (LinkedAnswers.Answered answered : answers) {
            SessionType type = answered.sessionId() == null ? null : sessionTypes.apply(answered.sessionId());
            entries.add(
                    new EngagementEntry(EngagementEntry.FORM_ANSWERED, type, answered.on(), answered.answersJson()));
        }
        entries.sort(Comparator.comparing(EngagementEntry::on));
        return List.copyOf(entries);
    }
}
