package london.sanctuary.workspace;

import java.time.ZoneId;

/** Where the boroughs are: the zone every day and time on the staff's pages is read and shown in. */
public final class London {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private London() {}
}
