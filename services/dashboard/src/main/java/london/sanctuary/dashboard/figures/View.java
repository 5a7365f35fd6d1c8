package london.sanctuary.dashboard.figures;

import java.util.Optional;
import london.sanctuary.contracts.Borough;

/**
 * Whose figures: London's, by borough (the GLA's view), or one borough beside the rest of London and
 * London as a whole (a borough officer's view, which never shows another borough on its own).
 */
public record View(Optional<String> borough) {

    /** The column holding every borough but the viewer's own. */
    public static final String REST_OF_LONDON = "rest-of-london";

    /** The row or column name of London as a whole, where a view names it. */
    public static final String LONDON = "london";

    public View {
        borough.ifPresent(Borough::of);
    }

    public static View london() {
        return new View(Optional.empty());
    }

    public static View beside(String borough) {
        return new View(Optional.of(borough));
    }

    public boolean isLondon() {
        return borough.isEmpty();
    }

    /** A counter's borough as this view shows it: itself in London's view, else own or rest. */
    String side(String counterBorough) {
        return borough.map(own -> own.equals(counterBorough) ? own : REST_OF_LONDON)
                .orElse(counterBorough);
    }
}
