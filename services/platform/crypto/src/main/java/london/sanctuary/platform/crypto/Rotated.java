package london.sanctuary.platform.crypto;

import java.util.List;

/**
 * What a rotation did: the new epoch, how many living keys it re-wrapped under it, the epochs it destroyed, and the
 * epochs it had to keep because keys under them would not unwrap (counted in {@code unreadable}).
 */
public record Rotated(String epoch, long rewrapped, List<String> destroyed, List<String> kept, long unreadable) {

    public Rotated {
        destroyed = List.copyOf(destroyed);
        kept = List.copyOf(kept);
    }
}
