package london.sanctuary.referrals.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.directory.Directory;
import london.sanctuary.referrals.directory.LocalService;
import london.sanctuary.referrals.directory.OrukExport;
import london.sanctuary.referrals.directory.SupportTaxonomy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A borough's directory of local services: the service lead imports the borough's Open Referral UK export (it
 * replaces the directory); the move-on team and the service lead read it.
 */
@RestController
@RequestMapping(path = "/api/boroughs/{borough}/directory", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /**
     * The ORUK JSON as sent, read here rather than bound, so the export's own paths name what is wrong; any content
     * type (a body that is not JSON is a 400), so the role and the borough are checked before the body is.
     */
    @PutMapping
    Imported replace(@PathVariable String borough, HttpServletRequest request) throws IOException {
        Caller.requireAnyOf(Role.SERVICE_LEAD);
        List<LocalService> services = OrukExport.read(request.getInputStream().readAllBytes());
        directory.replace(Borough.of(borough), services, Role.SERVICE_LEAD.claim());
        return new Imported(services.size());
    }

    /**
     * What importing this ORUK export would keep and leave out, changing nothing: read and refused as the import is
     * (the workspace shows it before the service lead confirms).
     */
    @PostMapping("/preview")
    Preview preview(@PathVariable String borough, HttpServletRequest request) throws IOException {
        Caller.requireAnyOf(Role.SERVICE_LEAD);
        Borough.of(borough);
        OrukExport.Preview read = OrukExport.preview(request.getInputStream().readAllBytes());
        return new Preview(read.kept().stream().map(ServiceView::of).toList(), read.notActive(), read.contacts());
    }

    /** When the directory was last replaced, by which role ({@code service-lead} or {@code demo}), how many. */
    @GetMapping("/import")
    ResponseEntity<Directory.LastImport> lastImport(@PathVariable String borough) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.MOVE_ON);
        return ResponseEntity.of(directory.lastImport(Borough.of(borough)));
    }

    @GetMapping
    List<ServiceView> services(@PathVariable String borough) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.MOVE_ON);
        return directory.services(Borough.of(borough)).stream()
                .map(ServiceView::of)
                .toList();
    }

    /** How many services the import holds. */
    record Imported(int services) {}

    /** The services an import would keep, and how many services (not active) and contacts it would leave out. */
    record Preview(List<ServiceView> services, int notActive, int contactsLeftOut) {}

    /** A directory service, its languages by tag, English name and autonym. */
    record ServiceView(
            String id,
            String name,
            String organisation,
            String description,
            List<String> taxonomy,
            List<SupportKind> supportKinds,
            List<LanguageView> languages,
            String area,
            String url,
            String phone) {

        static ServiceView of(LocalService s) {
            return new ServiceView(
                    s.id(),
                    s.name(),
                    s.organisation(),
                    s.description(),
                    s.taxonomy(),
                    SupportTaxonomy.kindsOf(s),
                    s.languages().stream().map(LanguageView::of).toList(),
                    s.area(),
                    s.url(),
                    s.phone());
        }
    }

    record LanguageView(String tag, String englishName, String autonym) {

        static LanguageView of(Language l) {
            return new LanguageView(l.tag(), l.englishName(), l.autonym());
        }
    }
}
