package london.sanctuary.dashboard.figures.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.dashboard.figures.FindCounts;

/**
 * The filters as the API and the page take them: {@code from}, {@code to} (ISO dates; by default the
 * year to today), {@code borough} (any of the 33) and {@code sessionType}. Bad input names its field.
 */
final class Filters {

    private Filters() {}

    static FindCounts parse(String from, String to, String borough, String sessionType, LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusYears(1).plusDays(1));
        if (start.isAfter(end)) {
            throw new InvalidValue("to", "must not be before from");
        }
        return new FindCounts(start, end, borough(borough), sessionType(sessionType));
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(field, "must be a date like 2026-01-31");
        }
    }

    private static Optional<String> borough(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!Borough.isKnown(code)) {
            throw new InvalidValue("borough", "must be one of the 33 London borough codes");
        }
        return Optional.of(code);
    }

    private static Optional<String> sessionType(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        if (Arrays.stream(SessionType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new InvalidValue("sessionType", "must be one of " + Arrays.toString(SessionType.values()));
        }
        return Optional.of(type);
    }
}
