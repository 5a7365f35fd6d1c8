package london.sanctuary.workspace.audit;

import java.util.Map;
import london.sanctuary.platform.pages.subjectaccess.Readable;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's subject access request: everything the borough holds about them, assembled from the services' APIs, as
 * a page that prints well ({@code /people/{ref}/subject-access}) and as one JSON download ({@code …/subject-access.json}).
 */
@Controller
class SubjectAccessPages {

    private final SubjectAccess subjectAccess;

    SubjectAccessPages(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping("/people/{ref}/subject-access")
    String page(@PathVariable String ref, Model model) {
        Map<String, Object> sections = subjectAccess.of(StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD), ref);
        model.addAttribute("ref", ref);
        model.addAttribute(
                "notShown",
                sections.entrySet().stream()
                        .filter(s ->
                                s.getValue() instanceof Map<?, ?> m && m.containsKey(ServiceSubjectAccess.NOT_SHOWN))
                        .map(Map.Entry::getKey)
                        .toList());
        model.addAttribute(
                "sections",
                sections.entrySet().stream()
                        .map(s -> Readable.section(s.getKey(), s.getValue()))
                        .toList());
        return "audit/subject-access";
    }

    @GetMapping(path = "/people/{ref}/subject-access.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> download(@PathVariable String ref) {
        Map<String, Object> sections = subjectAccess.of(StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD), ref);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + ref + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(sections);
    }
}
