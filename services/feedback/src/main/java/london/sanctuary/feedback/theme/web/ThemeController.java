package london.sanctuary.feedback.theme.web;

import java.net.URI;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.theme.Theme;
import london.sanctuary.feedback.theme.ThemeCatalogue;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A borough's theme list: read the themes offered (or all, retired ones too); an officer adds a theme ({@code
 * {"code", "label"}}), renames one's label or retires it.
 */
@RestController
@RequestMapping("/api/boroughs/{borough}/themes")
class ThemeController {

    /** A theme to add. */
    record ThemeRequest(String code, String label) {}

    /** A theme's new label. */
    record LabelRequest(String label) {}

    private final ThemeCatalogue catalogue;

    ThemeController(ThemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<Theme> list(@PathVariable String borough, @RequestParam(defaultValue = "false") boolean all) {
        return all ? catalogue.list(Borough.of(borough)) : catalogue.offered(Borough.of(borough));
    }

    @PutMapping("/{code}")
    Theme relabel(@PathVariable String borough, @PathVariable String code, @RequestBody LabelRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        return catalogue.relabel(Borough.of(borough), code, request.label());
    }

    @PostMapping("/{code}/retire")
    Theme retire(@PathVariable String borough, @PathVariable String code) {
        Caller.requireAnyOf(Role.OFFICER);
        return catalogue.retire(Borough.of(borough), code);
    }

    @PostMapping
    ResponseEntity<Theme> add(@PathVariable String borough, @RequestBody ThemeRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Theme added = catalogue.add(Borough.of(borough), new Theme(request.code(), request.label()));
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/themes/" + added.code()))
                .body(added);
    }
}
