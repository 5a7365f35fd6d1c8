package london.sanctuary.feedback.theme;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.contracts.refusal.RuleBroken;

/** A borough's theme list: seeded from the reference list the first time it is read, then the borough's own. */
public class ThemeCatalogue {

    private final Themes themes;

    public ThemeCatalogue(Themes themes) {
        this.themes = themes;
    }

    public List<Theme> list(Borough borough) {
        List<Theme> list = themes.of(borough);
        if (!list.isEmpty()) {
            return list;
        }
        themes.addMissing(borough, ThemeSeeds.reference());
        return themes.of(borough);
    }

    public Theme add(Borough borough, Theme theme) {
        list(borough);
        if (!themes.add(borough, theme)) {
            throw new RuleBroken("code", "The borough has a theme with this code already");
        }
        return theme;
    }

    /** The themes offered for tagging: the list without the retired ones. */
    public List<Theme> offered(Borough borough) {
        return list(borough).stream().filter(t -> !t.retired()).toList();
    }

    /** Renames the theme's label; its code, and so every tag, stays. */
    public Theme relabel(Borough borough, String code, String label) {
        Theme renamed = new Theme(code, label);
        list(borough);
        if (!themes.relabel(borough, renamed.code(), renamed.label())) {
            throw new NotFound("Theme");
        }
        return find(borough, code);
    }

    /** No longer offers the theme; the responses tagged with it keep the tag. */
    public Theme retire(Borough borough, String code) {
        list(borough);
        if (!themes.retire(borough, code)) {
            throw new NotFound("Theme");
        }
        return find(borough, code);
    }

    /** Refuses codes not offered on the borough's list (unknown or retired), naming {@code themes}. */
    public List<String> check(Borough borough, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidValue("themes", "name at least one theme");
        }
        Set<String> offered = offered(borough).stream().map(Theme::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!offered.contains(code)) {
                throw new InvalidValue(
                        "themes", "names a theme that is not offered on the borough's theme list: " + safe(code));
            }
        }
        return List.copyOf(codes);
    }

    /** Whether the code is on the borough's list, offered or retired (a filter may name either). */
    public boolean known(Borough borough, String code) {
        return list(borough).stream().anyMatch(t -> t.code().equals(code));
    }

    private Theme find(Borough borough, String code) {
        return list(borough).stream()
                .filter(t -> t.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("Theme"));
    }

    /** A code as it may be echoed: only when it has a theme code's shape, so no free text comes back. */
    private static String safe(String code) {
        return code != null && code.matches("[a-z0-9-]{1,60}") ? code : "(not a theme code)";
    }
}
