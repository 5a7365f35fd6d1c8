package london.sanctuary.dashboard.figures.web;

import java.time.LocalDate;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.platform.disclosure.PublishedTable;
import london.sanctuary.platform.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the API and the page share: reading the filters, choosing the caller's view, writing a CSV. */
public final class DashboardQueries {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    /** The filters asked for and the view the caller may see. */
    public record Asked(FindCounts query, View view) {}

    private DashboardQueries() {}

    /** Parses the filters and picks the current caller's view; 400 for bad filters, 403 for other roles. */
    public static Asked ask(String from, String to, String borough, String sessionType, LocalDate today) {
        FindCounts query = Filters.parse(from, to, borough, sessionType, today);
        return new Asked(query, Viewers.of(Caller.current(), query));
    }

    /** One table as a CSV download, for the caller's view; 404 for a table that does not exist. */
    public static ResponseEntity<String> csv(Dashboard dashboard, String name, Asked asked) {
        PublishedTable table =
                dashboard.table(name, asked.query(), asked.view()).orElseThrow(() -> new NotFound("no table " + name));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"")
                .body(table.csv());
    }
}
