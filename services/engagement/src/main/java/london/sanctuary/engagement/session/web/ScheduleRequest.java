package london.sanctuary.engagement.session.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.engagement.session.Compensation;
import london.sanctuary.engagement.session.Interpreter;
import london.sanctuary.engagement.session.Recurrence;
import london.sanctuary.engagement.session.ScheduleSession;
import london.sanctuary.engagement.session.SessionPlan;
import london.sanctuary.engagement.session.Texts;
import london.sanctuary.engagement.session.Venue;

/**
 * The body of a new session; read as given, validated by the domain's values. Compensation has travel
 * expenses and food only: a {@code payment} field is refused as unknown.
 */
record ScheduleRequest(
        SessionType type,
        @Size(max = 20) Map<String, String> title,
        @Size(max = 20) Map<String, String> description,
        Instant startsAt,
        Instant endsAt,
        String recurrence,
        VenueRequest venue,
        Integer capacity,
        @Size(max = 20) List<String> languages,
        @Size(max = 20) List<InterpreterRequest> interpreters,
        CompensationRequest compensation,
        @Size(max = 20) List<String> facilitators) {

    record VenueRequest(String name, String address, VenueKind kind, boolean stepFreeAccess, boolean creche) {}

    record InterpreterRequest(String language, String dialect, Boolean bsl) {}

    record CompensationRequest(boolean travelExpenses, boolean food) {}

    ScheduleSession toCommand() {
        if (capacity == null) {
            throw new InvalidValue("capacity", "is required");
        }
        return new ScheduleSession(new SessionPlan(
                type,
                title == null ? null : Texts.of("title", title),
                description == null ? null : Texts.of("description", description),
                startsAt,
                endsAt,
                Recurrence.ofNullable(recurrence),
                venue == null
                        ? null
                        : new Venue(
                                venue.name(), venue.address(), venue.kind(), venue.stepFreeAccess(), venue.creche()),
                capacity,
                languageList(),
                interpreters == null
                        ? List.of()
                        : interpreters.stream()
                                .map(i -> Interpreter.of(i.language(), i.dialect(), Boolean.TRUE.equals(i.bsl())))
                                .toList(),
                compensation == null
                        ? Compensation.none()
                        : new Compensation(compensation.travelExpenses(), compensation.food()),
                facilitators));
    }

    private List<Language> languageList() {
        if (languages == null) {
            return List.of();
        }
        try {
            return languages.stream().map(Language::of).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("languages", "must be BCP 47 language tags");
        }
    }
}
