package london.sanctuary.platform.problem;

import london.sanctuary.contracts.refusal.InvalidValue;

/** How many records one page of a list may hold: from 1 to 500, as every list endpoint reads {@code ?limit=}. */
public final class PageLimit {

    public static final int MAX = 500;

    private PageLimit() {}

    public static int of(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidValue("limit", "must be from 1 to " + MAX);
        }
        return limit;
    }
}
