package london.sanctuary.engagement.session;

import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Where a session is held, and whether people with children or mobility needs can come. */
public record Venue(String name, String address, VenueKind kind, boolean stepFreeAccess, boolean creche) {

    public Venue {
        name = required("venue.name", name, 200);
        address = required("venue.address", address, 500);
        if (kind == null) {
            throw new InvalidValue("venue.kind", "is required");
        }
    }

    static String required(String field, String value, int longest) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "is required");
        }
        if (value.length() > longest) {
            throw new InvalidValue(field, "must be at most " + longest + " characters");
        }
        return value.strip();
    }
}
