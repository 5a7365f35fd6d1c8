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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A borough's theme list: read it; an officer adds a theme ({@code {"code", "label"}}). */
@RestController
@RequestMapping("/api/boroughs/{borough}/themes")
class ThemeController {

    /** A theme to add. */
    record ThemeRequest(String code, String label) {}

    private final ThemeCatalogue catalogue;

    ThemeController(ThemeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<Theme> list(@PathVariable String borough) {
        return catalogue.list(Borough.of(borough));
    }

    @PostMapping
    ResponseEntity<Theme> add(@PathVariable String borough, @RequestBody ThemeRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        Theme added = catalogue.add(Borough.of(borough), new Theme(request.code(), request.label()));
        return ResponseEntity.created(URI.create("/api/boroughs/" + borough + "/themes/" + added.code()))
                .body(added);
    }
}
