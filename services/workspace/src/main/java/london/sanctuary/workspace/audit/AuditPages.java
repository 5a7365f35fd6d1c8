package london.sanctuary.workspace.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.NavItem;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's audit trail ({@code /people/{ref}/audit}) and the borough's audit export ({@code /audit}), for a service
 * lead. What each service recorded, merged here; nothing is kept.
 */
@Controller
class AuditPages {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private final AuditTrails trails;

    AuditPages(AuditTrails trails) {
        this.trails = trails;
    }

    @GetMapping("/people/{ref}/audit")
    String trail(@PathVariable String ref, Model model) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        List<AuditTrails.AuditLine> lines = trails.of(borough, ref);
        model.addAttribute("ref", ref);
        model.addAttribute("lines", lines);
        return "audit/trail";
    }

    @GetMapping("/audit")
    String exportForm(Model model) {
        StaffMember.boroughOf(Role.SERVICE_LEAD);
        LocalDate today = LocalDate.now();
        return form(model, today.minusDays(30).toString(), today.toString(), PageErrors.NONE);
    }

    @GetMapping("/audit/export.csv")
    Object export(
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        LocalDate start = day(from);
        LocalDate end = day(to);
        if (start == null || end == null) {
            return form(
                    model,
                    from,
                    to,
                    PageErrors.field(start == null ? "from" : "to", "Enter a date such as 2026-12-05"));
        }
        try {
            String csv = trails.export(borough, start, end);
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"audit-" + borough + "-" + start + "-" + end + ".csv\"")
                    .body(csv);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 403 || refusal.status() == 404) {
                throw refusal;
            }
            return form(model, from, to, PageErrors.of(refusal));
        }
    }

    private static String form(Model model, String from, String to, PageErrors errors) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        return "audit/export";
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The export in the service lead's navigation. */
    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavItem auditNavItem() {
            return new NavItem("nav.audit", "/audit", List.of(Role.SERVICE_LEAD), 80);
        }
    }
}
