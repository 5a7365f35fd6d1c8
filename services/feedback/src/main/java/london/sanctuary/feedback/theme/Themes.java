package london.sanctuary.feedback.theme;

import java.util.List;
import london.sanctuary.contracts.Borough;

/** The theme list of each borough. */
public interface Themes {

    /** The borough's themes in the order they were added. */
    List<Theme> of(Borough borough);

    /** Adds the themes not there yet, keeping those that are (so seeding twice seeds once). */
    void addMissing(Borough borough, List<Theme> themes);

    /** Adds one theme; false when the borough has a theme with that code already. */
    boolean add(Borough borough, Theme theme);

    /** Gives the theme a new label; false when the borough has no theme with that code. */
    boolean relabel(Borough borough, String code, String label);

    /** Stops offering the theme (its tags stay); false when the borough has no theme with that code. */
    boolean retire(Borough borough, String code);
}
