package london.sanctuary.dashboard.figures.web;

import java.time.Clock;
import java.time.LocalDate;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.Summary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures over the API, every one through disclosure control: London by borough for GLA analysts,
 * their own borough beside London for borough officers ({@link Viewers}).
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

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
        DashboardQueries.Asked asked = DashboardQueries.ask(from, to, borough, sessionType, LocalDate.now(clock));
        return dashboard.summary(asked.query(), asked.view());
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
}
