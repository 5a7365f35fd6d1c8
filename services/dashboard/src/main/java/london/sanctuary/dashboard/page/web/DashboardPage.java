package london.sanctuary.dashboard.page.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.dashboard.figures.Summary;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.dashboard.figures.web.DashboardQueries;
import london.sanctuary.platform.disclosure.PublishedTable;
import london.sanctuary.platform.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard page and its CSVs, for a signed-in analyst or officer (the session holds their checked
 * token: the starter's {@code pages.signin}). The same figures as the API, through the same disclosure control. A
 * refused filter is the page's filter form again with a GOV.UK error summary naming it (400), not the API's JSON; the
 * CSVs carry labels and the period they cover ({@link PageCsv}).
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPage {

    private final Dashboard dashboard;
    private final Clock clock;
    private final PageTables tables;
    private final Labels labels = new Labels();
    private final PageCsv csv = new PageCsv(labels);

    DashboardPage(Dashboard dashboard, Clock clock, JsonMapper json) {
        this.dashboard = dashboard;
        this.clock = clock;
        this.tables = new PageTables(json);
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String borough,
            @RequestParam(required = false) String sessionType,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("signedInAs", signedInAs());
        DashboardQueries.Asked asked;
        try {
            asked = DashboardQueries.ask(from, to, borough, sessionType, LocalDate.now(clock));
        } catch (InvalidValue refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("london", Caller.current().borough() == null);
            model.addAttribute("filters", new FilterValues(from, to, borough, sessionType));
            model.addAttribute("error", FilterError.of(refused));
            model.addAttribute("boroughs", Borough.all());
            model.addAttribute("sessionTypes", sessionTypes());
            return "dashboard/filter-error";
        }
        Summary summary = dashboard.summary(asked.query(), asked.view());
        View view = summary.view();
        model.addAttribute("view", view);
        model.addAttribute("london", view.isLondon());
        model.addAttribute("place", place(view));
        model.addAttribute("period", asked.query());
        model.addAttribute("filters", FilterValues.of(asked.query()));
        model.addAttribute("csvQuery", request.getQueryString() == null ? "" : "?" + request.getQueryString());
        model.addAttribute("boroughs", Borough.all());
        model.addAttribute("sessionTypes", sessionTypes());
        model.addAttribute(
                "tables", summary.tables().stream().map(t -> tables.of(t, view)).toList());
        model.addAttribute("measures", PageMeasures.of(summary.measures(), labels));
        return "dashboard/page";
    }

    @GetMapping("/tables/{name}.csv")
    ResponseEntity<String> csv(
            @PathVariable String name,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String borough,
            @RequestParam(required = false) String sessionType) {
        DashboardQueries.Asked asked = DashboardQueries.ask(from, to, borough, sessionType, LocalDate.now(clock));
        PublishedTable table =
                dashboard.table(name, asked.query(), asked.view()).orElseThrow(() -> new NotFound("no table " + name));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + PageCsv.fileName(table, asked.query()) + "\"")
                .body(csv.of(table, asked.view(), place(asked.view()), asked.query()));
    }

    private String place(View view) {
        return view.borough().map(labels::of).orElse("London");
    }

    /** The name on the signed-in person's token (their own), else their user name. */
    private static String signedInAs() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            String name = token.getToken().getClaimAsString("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return Caller.current().id();
    }

    private List<Option> sessionTypes() {
        return Arrays.stream(SessionType.values())
                .map(t -> new Option(t.name(), labels.of(t.name())))
                .toList();
    }

    record Option(String code, String label) {}

    /** The filters as the form shows them: as parsed, or as typed when they were refused. */
    record FilterValues(String from, String to, String borough, String sessionType) {

        static FilterValues of(FindCounts query) {
            return new FilterValues(
                    query.from().toString(),
                    query.to().toString(),
                    query.borough().orElse(""),
                    query.sessionType().orElse(""));
        }
    }

    /** A refused filter: the form field's id, for the error summary's link, and the message beside it. */
    record FilterError(String id, String message) {

        private static final Map<String, String> NAMES =
                Map.of("from", "From", "to", "To", "borough", "Borough", "sessionType", "Session type");

        static FilterError of(InvalidValue refused) {
            String id = refused.field().equals("sessionType") ? "session-type" : refused.field();
            return new FilterError(id, NAMES.getOrDefault(refused.field(), "A filter") + " " + refused.detail());
        }
    }
}
