package london.sanctuary.platform.crypto;

import java.util.HashSet;
import java.util.Set;

/** What one pass of re-wrapping did: how many keys moved, and the kids of keys that would not unwrap. */
record Rewrapped(long moved, long unreadable, Set<String> stuckUnder) {

    static final Rewrapped NONE = new Rewrapped(0, 0, Set.of());
    static final Rewrapped ONE = new Rewrapped(1, 0, Set.of());

    Rewrapped {
        stuckUnder = Set.copyOf(stuckUnder);
    }

    static Rewrapped unreadable(String kid) {
        return new Rewrapped(0, 1, Set.of(kid));
    }

    Rewrapped plus(Rewrapped other) {
        Set<String> stuck = new HashSet<>(stuckUnder);
        stuck.addAll(other.stuckUnder);
        return new Rewrapped(moved + other.moved, unreadable + other.unreadable, stuck);
    }
}
