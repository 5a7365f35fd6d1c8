package london.sanctuary.workspace.sessions;

import java.util.Arrays;
import java.util.List;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;

/** What the forms offer: the session types and venue kinds the service knows, and the languages most asked for. */
final class SessionChoices {

    static final List<String> TYPES =
            Arrays.stream(SessionType.values()).map(Enum::name).toList();
    static final List<String> VENUE_KINDS =
            Arrays.stream(VenueKind.values()).map(Enum::name).toList();
    /** English, Arabic, Dari, Farsi, Pashto, Kurdish (Sorani), Tigrinya, Ukrainian, Urdu, Somali, Albanian. */
    static final List<String> LANGUAGES = List.of("en", "ar", "fa-AF", "fa", "ps", "ckb", "ti", "uk", "ur", "so", "sq");

    static final List<String> ACCESS_NEEDS = List.of(
            "STEP_FREE",
            "HEARING_LOOP",
            "LARGE_PRINT",
            "QUIET_SPACE",
            "SEATING_BREAKS",
            "ASSISTANCE_ANIMAL",
            "READING_SUPPORT");

    private SessionChoices() {}
}
