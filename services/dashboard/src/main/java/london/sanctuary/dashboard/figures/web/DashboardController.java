package london.sanctuary.dashboard.figures.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.dashboard.disclosure.PublishedTable;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Summary;
import london.sanctuary.platform.problem.InvalidInput;
import london.sanctuary.platform.problem.NotFound;
import london.sanctuary.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * London-wide figures, every one through disclosure control. GLA analysts and borough officers see the
 * same London figures; {@code borough} narrows them to one borough (any of the 33).
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    static final List<String> ROLES = List.of("analyst", "officer");
    static final MediaType CSV = new MediaType("text", "csv");

    private final Dashboard dashboard;
    private final Clock clock;

    DashboardController(Dashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/summary")
    Summary summary(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String borough,
            @RequestParam(required = false) String sessionType) {
        return dashboard.summary(query(from, to, borough, sessionType));
    }

    @GetMapping("/tables/{name}.csv")
    ResponseEntity<String> csv(
            @PathVariable String name,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String borough,
            @RequestParam(required = false) String sessionType) {
        FindCounts query = query(from, to, borough, sessionType);
        PublishedTable table = dashboard.table(name, query).orElseThrow(() -> new NotFound("no table " + name));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .body(table.csv());
    }

    private FindCounts query(String from, String to, String borough, String sessionType) {
        if (Caller.current().roles().stream().noneMatch(ROLES::contains)) {
            throw new AccessDeniedException("The dashboard is for GLA analysts and borough officers");
        }
        LocalDate end = date("to", to, LocalDate.now(clock));
        LocalDate start = date("from", from, end.minusYears(1).plusDays(1));
        if (start.isAfter(end)) {
            throw new InvalidInput("to", "must not be before from");
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
            throw new InvalidInput(field, "must be a date like 2026-01-31");
        }
    }

    private static Optional<String> borough(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!Borough.isKnown(code)) {
            throw new InvalidInput("borough", "must be one of the 33 London borough codes");
        }
        return Optional.of(code);
    }

    private static Optional<String> sessionType(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        if (Arrays.stream(SessionType.values()).noneMatch(t -> t.name().equals(type))) {
            throw new InvalidInput("sessionType", "must be one of " + Arrays.toString(SessionType.values()));
        }
        return Optional.of(type);
    }
}
