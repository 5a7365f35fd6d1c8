package london.sanctuary.dashboard.page.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.Summary;
import london.sanctuary.dashboard.figures.View;
import london.sanctuary.dashboard.figures.web.DashboardQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard page and its CSVs, for a signed-in analyst or officer (the session holds their checked
 * token: the starter's {@code pages.signin}). The same figures as the API, through the same disclosure control.
 */
@Controller
@RequestMapping("/dashboard")
class DashboardPage {

    private final Dashboard dashboard;
    private final Clock clock;
    private final PageTables tables;
    private final Labels labels = new Labels();

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
            Model model) {
        DashboardQueries.Asked asked = DashboardQueries.ask(from, to, borough, sessionType, LocalDate.now(clock));
        Summary summary = dashboard.summary(asked.query(), asked.view());
        View view = summary.view();
        model.addAttribute("view", view);
        model.addAttribute("place", view.borough().map(labels::of).orElse("London"));
        model.addAttribute("filters", asked.query());
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
        return DashboardQueries.csv(dashboard, name, asked);
    }

    private List<Option> sessionTypes() {
        return Arrays.stream(SessionType.values())
                .map(t -> new Option(t.name(), labels.of(t.name())))
                .toList();
    }

    record Option(String code, String label) {}
}
