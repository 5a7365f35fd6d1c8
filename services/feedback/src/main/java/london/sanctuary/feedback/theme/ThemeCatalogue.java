package london.sanctuary.feedback.theme;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.InvalidValue;
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

    /** Refuses codes not on the borough's list, naming {@code themes}. */
    public List<String> check(Borough borough, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidValue("themes", "name at least one theme");
        }
        Set<String> known = list(borough).stream().map(Theme::code).collect(Collectors.toSet());
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new InvalidValue("themes", "names a theme that is not on the borough's theme list");
            }
        }
        return List.copyOf(codes);
    }
}
