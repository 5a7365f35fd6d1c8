package london.sanctuary.platform.borough;

import java.util.List;
import london.sanctuary.contracts.Borough;

/** The boroughs this instance serves, from {@code sanctuary.boroughs}. */
public record ServedBoroughs(List<String> codes) {

    public ServedBoroughs {
        if (codes == null || codes.isEmpty()) {
            throw new IllegalArgumentException("sanctuary.boroughs: name at least one borough this instance serves");
        }
        codes.forEach(Borough::of);
        codes = List.copyOf(codes);
    }

    public boolean serves(String code) {
        return codes.contains(code);
    }

    public boolean serves(Borough borough) {
        return serves(borough.code());
    }
}
